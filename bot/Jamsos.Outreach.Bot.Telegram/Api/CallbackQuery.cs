namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>An inline button press. Every one must be answered with answerCallbackQuery.</summary>
internal sealed class CallbackQuery
{
    public string Id { get; init; } = string.Empty;

    public User From { get; init; } = new();

    /// <summary>The message with the button; may be inaccessible (date 0), or absent for inline-mode messages.</summary>
    public Message? Message { get; init; }

    public string? InlineMessageId { get; init; }

    public string? ChatInstance { get; init; }

    public string? Data { get; init; }
}
