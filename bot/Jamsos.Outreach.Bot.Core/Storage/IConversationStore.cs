using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Dialogue state per chat, so a restart in the middle of a form continues where it was. Every row has a
/// version: <see cref="LoadAsync"/> with <see cref="SaveAsync(ConversationState, long, CancellationToken)"/>
/// is an optimistic compare-and-set, so two instances handling consecutive messages of one chat cannot
/// both write a state derived from the same old one (the second gets <see cref="ConcurrencyConflictException"/>
/// and handles its update again against the fresh state). The unversioned members write unconditionally.
/// </summary>
public interface IConversationStore
{
    Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default);

    /// <summary>Saves unconditionally (last writer wins); the version still advances.</summary>
    Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default);

    /// <summary>Deletes unconditionally.</summary>
    Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default);

    /// <summary>Deletes every chat state of a user on a channel (the /hapus command).</summary>
    Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the state of every chat last saved before <paramref name="before"/> (the retention job,
    /// Bot:ConversationRetention): a chat that never writes again leaves no draft behind. Returns the count.
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>The chat's state and version (<see cref="StoredConversation.None"/>, version 0, when there is none).</summary>
    Task<StoredConversation> LoadAsync(ChatKey chat, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="state"/> only if the chat's stored version is still <paramref name="expectedVersion"/>
    /// (0: no state may exist yet) and returns the new version; otherwise writes nothing and throws
    /// <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the chat's state only if its version is still <paramref name="expectedVersion"/>; otherwise
    /// throws <see cref="ConcurrencyConflictException"/>. When the chat has no state (never saved, or already
    /// erased, as /hapus does within the turn) there is nothing to lose and it is a no-op.
    /// </summary>
    Task DeleteAsync(ChatKey chat, long expectedVersion, CancellationToken cancellationToken = default);
}
