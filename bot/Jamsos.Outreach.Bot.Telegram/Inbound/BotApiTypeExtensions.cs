using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>
/// The few questions the channel asks of Telegram.Bot's types, named once: which chat an update belongs
/// to (its ordering key), whether a callback's message is still accessible, what kind of chat it is, and
/// an entity's text sliced in UTF-16 units (the Bot API's offsets are UTF-16, like .NET strings).
/// </summary>
internal static class BotApiTypeExtensions
{
    extension(Update update)
    {
        /// <summary>The chat an update belongs to, or null for types we do not order (polls, inline queries).</summary>
        public long? ChatId =>
            update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.Chat.Id;
    }

    extension(Message message)
    {
        /// <summary>
        /// False for an InaccessibleMessage (date 0: too old or deleted), which the library reads as a Message
        /// with only its chat and id and a default date (not the Unix epoch); its text and keyboard are gone.
        /// </summary>
        public bool IsAccessible => message.Date > DateTime.UnixEpoch;
    }

    extension(Chat chat)
    {
        public bool IsPrivate => chat.Type == ChatType.Private;

        public bool IsGroup => chat.Type is ChatType.Group or ChatType.Supergroup;
    }

    extension(MessageEntity entity)
    {
        /// <summary>The entity's text, or null when its offsets do not fit the text.</summary>
        public string? Slice(string? text) =>
            text is not null && entity.Offset >= 0 && entity.Length > 0 && entity.Offset <= text.Length - entity.Length ? text.Substring(entity.Offset, entity.Length) : null;
    }
}
