namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>GET /gateway/bot: the URL for new sessions, the recommended shard count and the Identify budget.</summary>
internal sealed record GatewayBotInfo
{
    public string Url { get; init; } = string.Empty;

    public int Shards { get; init; }

    public SessionStartLimit? SessionStartLimit { get; init; }
}
