using System.Globalization;
using Jamsos.Outreach.Bot.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>
/// Telegram updates to <see cref="IncomingMessage"/>s, as a pure function. Groups: only commands for
/// this bot, mentions of it and replies to it count as addressed (the engine answers nothing else
/// there); /cmd@other_bot is ignored, the @name comparison ignores case. /start payloads are validated.
/// A shared contact counts as the phone answer only when it is the sender's own. Edited messages are
/// ignored: re-answering an edit would send a second answer to one question.
/// </summary>
internal static class UpdateMapper
{
    public const string Channel = "telegram";

    public static InboundUpdate Map(Update update, BotIdentity bot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(bot);
        if (update.Message is { } message)
        {
            return MapMessage(message, bot, now);
        }

        if (update.CallbackQuery is { } callback)
        {
            return MapCallback(callback, now);
        }

        if (update.MyChatMember is { NewChatMember: { } member } membership)
        {
            return new InboundUpdate(InboundKind.Membership, membership.Chat.Id, Blocked: member.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left);
        }

        return update.EditedMessage is { } edited
            ? InboundUpdate.Ignore("edited message", edited.Chat.Id)
            : InboundUpdate.Ignore("update type not handled");
    }

    private static InboundUpdate MapMessage(Message message, BotIdentity bot, DateTimeOffset now)
    {
        var chat = message.Chat;
        if (message.MigrateToChatId is { } to)
        {
            return new InboundUpdate(InboundKind.Migrated, chat.Id, MigrateToChatId: to);
        }

        if (message.MigrateFromChatId is { } from)
        {
            return new InboundUpdate(InboundKind.Migrated, from, MigrateToChatId: chat.Id);
        }

        if (message.From is not { IsBot: false } sender || !(chat.IsPrivate || chat.IsGroup))
        {
            return InboundUpdate.Ignore("not from a person in a private chat or group", chat.Id);
        }

        string? text = message.Text;
        string? sharedPhone = null;
        if (message.Contact is { } contact)
        {
            // Only the sender's own card (the request_contact button) is their phone; others are refused.
            sharedPhone = contact.UserId == sender.Id ? contact.PhoneNumber : null;
            text = null;
        }
        else if (text is null)
        {
            return InboundUpdate.Ignore("no text", chat.Id);
        }

        var addressed = chat.IsPrivate;
        if (text is not null && Command(message, text) is { } command)
        {
            if (command.Target is { } target && !target.Equals(bot.Username, StringComparison.OrdinalIgnoreCase))
            {
                return InboundUpdate.Ignore("command for another bot", chat.Id);
            }

            text = command.Name == "start" && !DeepLink.IsValidPayload(command.Argument)
                ? "/start"
                : "/" + command.Name + (command.Argument.Length > 0 ? " " + command.Argument : string.Empty);
            addressed = true;
        }
        else if (chat.IsGroup)
        {
            var mention = MentionOf(message, text, bot);
            addressed = mention is not null || message.ReplyToMessage?.From?.Id == bot.Id;
            if (mention is { } range && text is not null)
            {
                var (offset, length) = range.GetOffsetAndLength(text.Length);
                text = (text[..offset] + text[(offset + length)..]).Trim();
            }
        }

        var incoming = new IncomingMessage(
            Channel,
            Id(chat.Id),
            Id(sender.Id),
            text,
            now,
            LanguageHint: sender.LanguageCode,
            IsGroup: chat.IsGroup,
            AddressedToBot: addressed,
            SharedPhone: sharedPhone);
        return new InboundUpdate(InboundKind.Message, chat.Id, sender.Id, chat.IsGroup, incoming);
    }

    private static InboundUpdate MapCallback(CallbackQuery callback, DateTimeOffset now)
    {
        // An InaccessibleMessage (date 0) still names its chat; only its text and keyboard are gone.
        var message = callback.Message;
        var chat = message?.Chat;
        var chatId = chat?.Id ?? callback.From.Id;
        var isGroup = chat?.IsGroup ?? false;
        var accessible = message is { IsAccessible: true };
        var pressed = accessible
            ? message!.ReplyMarkup?.InlineKeyboard.SelectMany(r => r).FirstOrDefault(b => b.CallbackData == callback.Data)?.Text
            : null;
        var info = new InboundCallback(callback.Id, accessible ? message!.Id : null, accessible ? message!.Text : null, pressed);
        var incoming = callback.Data is { Length: > 0 } data
            ? new IncomingMessage(Channel, Id(chatId), Id(callback.From.Id), null, now, Payload: data,
                LanguageHint: callback.From.LanguageCode, IsGroup: isGroup, AddressedToBot: true)
            : null;
        return new InboundUpdate(InboundKind.Callback, chatId, callback.From.Id, isGroup, incoming, info);
    }

    /// <summary>A bot_command entity at offset 0, split into name, @target and the text after it.</summary>
    private static (string Name, string? Target, string Argument)? Command(Message message, string text)
    {
        var entity = message.Entities?.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        if (entity?.Slice(text) is not { Length: > 1 } token)
        {
            return null;
        }

        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? token[1..] : token[1..at]).ToLowerInvariant();
        var target = at < 0 ? null : token[(at + 1)..];
        var argument = text[(entity.Offset + entity.Length)..].Trim();
        return (name, target, argument);
    }

    /// <summary>The range of "@ourname" (or a text mention of the bot) in the text, if any.</summary>
    private static Range? MentionOf(Message message, string? text, BotIdentity bot)
    {
        foreach (var entity in message.Entities ?? [])
        {
            var isUs = entity.Type switch
            {
                MessageEntityType.Mention => entity.Slice(text) is { } name && name.Length > 1 && name[1..].Equals(bot.Username, StringComparison.OrdinalIgnoreCase),
                MessageEntityType.TextMention => entity.User?.Id == bot.Id && entity.Slice(text) is not null,
                _ => false,
            };
            if (isUs)
            {
                return new Range(entity.Offset, entity.Offset + entity.Length);
            }
        }

        return null;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
