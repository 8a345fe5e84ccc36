namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>deleteWebhook: back to polling; the backlog is kept unless <see cref="DropPendingUpdates"/>.</summary>
internal sealed class DeleteWebhookRequest
{
    public bool DropPendingUpdates { get; init; }
}
