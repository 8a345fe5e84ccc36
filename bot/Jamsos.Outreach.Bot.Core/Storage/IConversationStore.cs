using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>Dialogue state per chat, so a restart in the middle of a form continues where it was.</summary>
public interface IConversationStore
{
    Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default);

    Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default);

    Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default);

    /// <summary>Deletes every chat state of a user on a channel (the /hapus command).</summary>
    Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default);
}
