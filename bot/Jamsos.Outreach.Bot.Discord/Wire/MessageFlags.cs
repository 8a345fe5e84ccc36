namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal static class MessageFlags
{
    /// <summary>Only the invoking user sees the message; interaction responses and follow-ups only.</summary>
    public const int Ephemeral = 1 << 6;
}
