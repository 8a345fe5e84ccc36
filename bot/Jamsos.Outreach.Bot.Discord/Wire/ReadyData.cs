namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>READY: what a new session needs kept (session id and resume URL for Resume, the bot's own ids).</summary>
internal sealed record ReadyData
{
    public int V { get; init; }

    public DiscordUser? User { get; init; }

    public string? SessionId { get; init; }

    public string? ResumeGatewayUrl { get; init; }

    public int[]? Shard { get; init; }

    public PartialApplication? Application { get; init; }
}
