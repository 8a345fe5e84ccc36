namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// One incoming update: at most one payload field is set. Updates of types this bot does not handle
/// (polls, reactions…) arrive with every field below null; they are acknowledged and skipped. Unknown
/// JSON fields are ignored by the serializer.
/// </summary>
internal sealed class Update
{
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? EditedMessage { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }

    public ChatMemberUpdated? MyChatMember { get; init; }

    /// <summary>The chat this update belongs to, for per-chat ordering; null when it has none.</summary>
    public long? ChatId =>
        Message?.Chat.Id ?? EditedMessage?.Chat.Id ?? CallbackQuery?.Message?.Chat.Id ?? CallbackQuery?.From.Id ?? MyChatMember?.Chat.Id;
}
