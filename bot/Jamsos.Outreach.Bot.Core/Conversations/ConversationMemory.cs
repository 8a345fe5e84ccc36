using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Answering;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The one place conversation state is loaded and saved. A turn runs inside <see cref="UpdateAsync"/>:
/// load (with the stored version), decide, save only if the version is still the one loaded, and only
/// then is the reply handed out, so a person never sees an answer whose state was lost. When another
/// instance saved the same chat in between (two consecutive messages load-balanced to two instances),
/// the save fails with <see cref="ConcurrencyConflictException"/> and the whole turn runs again against
/// the fresh state, so no step of a sign-up is lost. A rerun repeats the turn's own writes: the sign-up
/// is an upsert by phone; a feedback vote or an unanswered question may be recorded once more (a conflict
/// needs two messages of one chat at the same moment on two instances, which is rare).
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>Turns tried per update before the conflict is reported; one chat rarely races more than once.</summary>
    internal const int MaxAttempts = 4;

    /// <summary>
    /// A state not written for this long is written again even when nothing in it changed, so its updated_at
    /// says when the chat was last active to within a day, and the retention job
    /// (<see cref="BotOptions.ConversationRetention"/>) prunes only chats that really went silent. At most
    /// one extra write per chat and day.
    /// </summary>
    internal static readonly TimeSpan TouchInterval = TimeSpan.FromDays(1);

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
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await store.LoadAsync(message.Chat, cancellationToken).ConfigureAwait(false);
            var conversation = Remember(message, loaded.State);
            var result = await turn(conversation, cancellationToken).ConfigureAwait(false);
            try
            {
                await SaveAsync(conversation, result.Next, loaded.Version, message.UserId, cancellationToken).ConfigureAwait(false);
                return result.Reply;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another instance moved this chat on: handle the message again from the state it left.
            }
        }
    }

    private RememberedConversation Remember(IncomingMessage message, ConversationState? stored)
    {
        var now = clock.GetUtcNow();
        if (stored is not null && now - stored.UpdatedAt > options.ConversationTimeout)
        {
            return new RememberedConversation(stored, stored with { Flow = Flow.None, SignUp = null, Calculator = null, Reminder = null }, Expired: true, now);
        }

        return new RememberedConversation(stored, stored ?? new ConversationState(message.Chat, message.UserId, now), Expired: false, now);
    }

    private async Task SaveAsync(
        RememberedConversation conversation, ConversationState? next, long version, string userId, CancellationToken cancellationToken)
    {
        if (next is null)
        {
            await store.DeleteAsync(conversation.State.Chat, version, cancellationToken).ConfigureAwait(false);
        }
        else if (NeedsSaving(conversation.Stored, next) || conversation.Now - conversation.Stored?.UpdatedAt >= TouchInterval)
        {
            await store.SaveAsync(next with { UserId = userId, UpdatedAt = conversation.Now }, version, cancellationToken).ConfigureAwait(false);
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
