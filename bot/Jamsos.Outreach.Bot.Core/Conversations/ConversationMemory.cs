using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Answering;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The one place conversation state is loaded and saved. A turn runs inside <see cref="UpdateAsync"/>:
/// load, decide, save, and only then is the reply handed out, so a person never sees an answer whose state
/// was lost. Because the whole turn is a function passed in, a versioned store can later save with the
/// version it loaded and, on a conflict, reload and run the turn again here without any caller changing.
/// A rerun repeats the turn's own writes too: the sign-up is an upsert by phone, but a feedback vote or an
/// unanswered question would be recorded twice, so those should become idempotent before retries are added.
/// </summary>
public sealed class ConversationMemory
{
    private readonly IConversationStore store;
    private readonly BotOptions options;
    private readonly TimeProvider clock;

    public ConversationMemory(IConversationStore store, BotOptions options, TimeProvider clock)
    {
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    public async Task<Reply> UpdateAsync(
        IncomingMessage message, Func<RememberedConversation, CancellationToken, Task<TurnResult>> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(turn);
        var conversation = await LoadAsync(message, cancellationToken).ConfigureAwait(false);
        var result = await turn(conversation, cancellationToken).ConfigureAwait(false);
        await SaveAsync(conversation, result.Next, message.UserId, cancellationToken).ConfigureAwait(false);
        return result.Reply;
    }

    /// <summary>Every chat state of a user on a channel (the /hapus command).</summary>
    public Task<int> ForgetUserAsync(string channel, string userId, CancellationToken cancellationToken) =>
        store.DeleteByUserAsync(channel, userId, cancellationToken);

    private async Task<RememberedConversation> LoadAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await store.GetAsync(message.Chat, cancellationToken).ConfigureAwait(false);
        if (stored is not null && now - stored.UpdatedAt > options.ConversationTimeout)
        {
            return new RememberedConversation(stored, stored with { Flow = Flow.None, SignUp = null, Calculator = null }, Expired: true, now);
        }

        return new RememberedConversation(stored, stored ?? new ConversationState(message.Chat, message.UserId, now), Expired: false, now);
    }

    private async Task SaveAsync(RememberedConversation conversation, ConversationState? next, string userId, CancellationToken cancellationToken)
    {
        if (next is null)
        {
            await store.DeleteAsync(conversation.State.Chat, cancellationToken).ConfigureAwait(false);
        }
        else if (NeedsSaving(conversation.Stored, next))
        {
            await store.SaveAsync(next with { UserId = userId, UpdatedAt = conversation.Now }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Most messages are questions outside any dialogue and change nothing worth keeping: skip the write.
    /// A dialogue in progress is always saved, so its 24-hour expiry counts from the last message.
    /// </summary>
    private static bool NeedsSaving(ConversationState? stored, ConversationState next)
    {
        if (next.Flow != Flow.None)
        {
            return true;
        }

        // The last intent matters to the next turn only after a contribution answer ("kalo 3 juta?").
        static ConversationState Kept(ConversationState s) => s with
        {
            UpdatedAt = default,
            LastEntryId = null,
            LastIntent = new AnswerContext(LastIntent: s.LastIntent).AboutContributions ? s.LastIntent : null,
            UserId = string.Empty,
        };

        var kept = Kept(next);
        return stored is null
            ? kept.Language is not null || kept.Referrer is not null || kept.Sector is not null || kept.Income is not null || kept.LastIntent is not null
            : kept != Kept(stored);
    }
}
