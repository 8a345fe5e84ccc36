namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A channel as far as this bot needs it (the DM channel opened for a private answer).</summary>
internal sealed record DiscordChannelInfo
{
    public string Id { get; init; } = string.Empty;
}
