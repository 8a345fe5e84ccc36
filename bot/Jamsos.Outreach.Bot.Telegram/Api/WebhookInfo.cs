namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>getWebhookInfo: <see cref="Url"/> is empty in polling mode; a growing backlog or a new error means trouble.</summary>
internal sealed class WebhookInfo
{
    public string Url { get; init; } = string.Empty;

    public bool HasCustomCertificate { get; init; }

    public int PendingUpdateCount { get; init; }

    public string? IpAddress { get; init; }

    public long? LastErrorDate { get; init; }

    public string? LastErrorMessage { get; init; }

    public long? LastSynchronizationErrorDate { get; init; }

    public int? MaxConnections { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
