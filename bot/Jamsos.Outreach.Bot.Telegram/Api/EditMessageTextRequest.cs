namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>editMessageText. Leaving <see cref="ReplyMarkup"/> out removes the message's inline keyboard.</summary>
internal sealed class EditMessageTextRequest
{
    public long? ChatId { get; init; }

    public long? MessageId { get; init; }

    public string? InlineMessageId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }
}
