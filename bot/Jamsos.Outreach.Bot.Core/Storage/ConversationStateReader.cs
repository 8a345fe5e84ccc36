using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>How every store reads a stored conversation state back, so SQLite and PostgreSQL agree.</summary>
public static class ConversationStateReader
{
    /// <summary>
    /// The state in <paramref name="json"/>, or null: unreadable JSON (an older or newer bot wrote it) or
    /// a state that names another chat is treated as no state, and the chat starts over, which is the
    /// only safe reading of a half-understood form.
    /// </summary>
    public static ConversationState? Read(string json, ChatKey chat)
    {
        var state = ConversationStateJson.Deserialize(json);
        return state is not null && state.Chat == chat && state.UserId is not null ? state : null;
    }
}
