namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A user as far as this bot cares: id, names, and whether it is a bot (bots are never answered).</summary>
internal sealed record DiscordUser
{
    public string Id { get; init; } = string.Empty;

    public string? Username { get; init; }

    public string? GlobalName { get; init; }

    public bool? Bot { get; init; }
}
