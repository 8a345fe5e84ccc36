namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>sendChatAction: "typing", "upload_document", … shown for up to 5 seconds.</summary>
internal sealed class SendChatActionRequest
{
    public required long ChatId { get; init; }

    public required string Action { get; init; }
}
