namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>getUpdates. <see cref="AllowedUpdates"/> is always sent: left out, the server keeps the previous setting.</summary>
internal sealed class GetUpdatesRequest
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    /// <summary>Seconds the server holds the request when nothing is pending (the server caps it at 50).</summary>
    public int Timeout { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
