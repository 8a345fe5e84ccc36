namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>The JSON body <c>{}</c> of methods without parameters (getMe, getWebhookInfo).</summary>
internal sealed class EmptyRequest
{
    public static readonly EmptyRequest Instance = new();
}
