namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>On a message that answered an interaction: who invoked it (the owner of its buttons).</summary>
internal sealed record MessageInteractionMetadata
{
    public string? Id { get; init; }

    public DiscordUser? User { get; init; }
}
