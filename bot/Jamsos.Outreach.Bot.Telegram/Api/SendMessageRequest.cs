namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>sendMessage. <see cref="Text"/> is 1–4096 characters after entity parsing.</summary>
internal sealed class SendMessageRequest
{
    public required long ChatId { get; init; }

    public required string Text { get; init; }

    /// <summary>"HTML", or null for plain text (the fallback after a "can't parse entities" refusal).</summary>
    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }

    public bool? DisableNotification { get; init; }
}
