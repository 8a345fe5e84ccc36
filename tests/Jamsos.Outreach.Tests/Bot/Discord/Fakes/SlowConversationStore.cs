using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>A conversation store that takes <see cref="Delay"/> (scaled time) per read: an engine slower than Discord's 3 seconds.</summary>
public sealed class SlowConversationStore(IConversationStore inner, TimeProvider clock) : IConversationStore
{
    public TimeSpan Delay { get; set; }

    public async Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, clock, cancellationToken);
        }

        return await inner.GetAsync(chat, cancellationToken);
    }

    public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default) => inner.SaveAsync(state, cancellationToken);

    public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) => inner.DeleteAsync(chat, cancellationToken);

    public async Task<StoredConversation> LoadAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, clock, cancellationToken);
        }

        return await inner.LoadAsync(chat, cancellationToken);
    }

    public Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default) => inner.SaveAsync(state, expectedVersion, cancellationToken);

    public Task DeleteAsync(ChatKey chat, long expectedVersion, CancellationToken cancellationToken = default) => inner.DeleteAsync(chat, expectedVersion, cancellationToken);

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default) => inner.DeleteByUserAsync(channel, userId, cancellationToken);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => inner.PruneAsync(before, cancellationToken);
}
