namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>setWebhook. With <see cref="SecretToken"/> every delivery carries X-Telegram-Bot-Api-Secret-Token.</summary>
internal sealed class SetWebhookRequest
{
    public required string Url { get; init; }

    public int? MaxConnections { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }

    public bool? DropPendingUpdates { get; init; }

    public string? SecretToken { get; init; }
}
