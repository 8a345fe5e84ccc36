namespace Jamsos.Outreach.Bot.Channels.Telegram.Storage;

/// <summary>One row of chat_status: a chat id (no names, no numbers), its status and, when migrated, the new id.</summary>
internal sealed record ChatStatusRecord(long ChatId, ChatStatus Status, long? MovedTo);
