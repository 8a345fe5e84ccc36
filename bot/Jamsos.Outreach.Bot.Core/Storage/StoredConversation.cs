using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// A chat's state as loaded, with the version a later save or delete must still find. Version 0 means no
/// row: the chat has no state yet. <see cref="State"/> is null with a non-zero version when the stored
/// state could not be read (an older or newer bot wrote it): the chat starts over, and the save that
/// replaces it still names the version it replaces.
/// </summary>
public sealed record StoredConversation(ConversationState? State, long Version)
{
    /// <summary>No state stored for the chat.</summary>
    public static StoredConversation None { get; } = new(null, 0);
}
