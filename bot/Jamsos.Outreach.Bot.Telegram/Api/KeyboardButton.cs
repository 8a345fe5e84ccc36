namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>A reply-keyboard button: pressing it sends its text, or with <see cref="RequestContact"/> the user's own phone (private chats only).</summary>
internal sealed class KeyboardButton
{
    public string Text { get; init; } = string.Empty;

    public bool? RequestContact { get; init; }
}
