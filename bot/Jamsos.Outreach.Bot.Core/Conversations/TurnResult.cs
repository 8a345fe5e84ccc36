namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>A reply and the state to keep (null: forget the chat, after /hapus).</summary>
public sealed record TurnResult(Reply Reply, ConversationState? Next);
