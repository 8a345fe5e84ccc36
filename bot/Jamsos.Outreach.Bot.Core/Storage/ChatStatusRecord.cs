namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>One row of chat_status: a chat id (no names, no numbers), its status and, when migrated, the new id.</summary>
public sealed record ChatStatusRecord(long ChatId, ChatStatus Status, long? MovedTo);
