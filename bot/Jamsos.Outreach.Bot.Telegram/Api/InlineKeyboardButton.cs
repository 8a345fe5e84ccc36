namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>A button under a message: exactly one action field (<see cref="CallbackData"/> or <see cref="Url"/> here) must be set.</summary>
internal sealed class InlineKeyboardButton
{
    public string Text { get; init; } = string.Empty;

    /// <summary>1–64 bytes of UTF-8.</summary>
    public string? CallbackData { get; init; }

    public string? Url { get; init; }
}
