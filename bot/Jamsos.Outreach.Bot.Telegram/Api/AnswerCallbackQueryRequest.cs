namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>answerCallbackQuery: stops the button's progress indicator; <see cref="Text"/> is 0–200 characters.</summary>
internal sealed class AnswerCallbackQueryRequest
{
    public required string CallbackQueryId { get; init; }

    public string? Text { get; init; }

    public bool? ShowAlert { get; init; }

    public string? Url { get; init; }

    public int? CacheTime { get; init; }
}
