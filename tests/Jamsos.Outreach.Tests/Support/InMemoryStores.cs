using System.Collections.Concurrent;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// In-memory implementations of the Bot.Core ports for conversation tests. Conversation state is kept
/// as JSON, like the SQLite store, so a "restart" (a new engine over the same stores) exercises the same
/// serialisation. <see cref="FailSignUps"/> simulates a storage outage.
/// </summary>
public sealed class InMemoryStores : ISignUpStore, IConversationStore, IFeedbackStore, IUnansweredStore, IPersonalDataStore
{
    private readonly ConcurrentDictionary<string, SignUp> signUps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string UserId, string Json, long Version)> conversations = new(StringComparer.Ordinal);
    private readonly Lock conversationGate = new();
    private readonly List<Feedback> feedback = [];
    private readonly List<UnansweredQuestion> unanswered = [];

    public bool FailSignUps { get; set; }

    /// <summary>Payment reminders: /hapus and /datasaya here include them, as the real stores do.</summary>
    public InMemoryReminderStore Reminders { get; } = new();

    public IReadOnlyCollection<SignUp> SignUps => signUps.Values.ToArray();

    public IReadOnlyCollection<Feedback> FeedbackVotes
    {
        get
        {
            lock (feedback)
            {
                return feedback.ToArray();
            }
        }
    }

    public IReadOnlyCollection<UnansweredQuestion> Unanswered
    {
        get
        {
            lock (unanswered)
            {
                return unanswered.ToArray();
            }
        }
    }

    public int ConversationCount => conversations.Count;

    public Task<bool> UpsertAsync(SignUp signUp, CancellationToken cancellationToken = default)
    {
        if (FailSignUps)
        {
            throw new IOException("simulated storage outage");
        }

        var isNew = true;
        signUps.AddOrUpdate(signUp.Phone, signUp, (_, existing) =>
        {
            isNew = false;
            return signUp with { CreatedAt = existing.CreatedAt };
        });
        return Task.FromResult(isNew);
    }

    public Task<SignUp?> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default) =>
        Task.FromResult(signUps.GetValueOrDefault(phone));

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        var mine = signUps.Values.Where(s => s.Channel == channel && s.UserId == userId).ToList();
        mine.ForEach(s => signUps.TryRemove(s.Phone, out _));
        return Task.FromResult(mine.Count);
    }

    public Task<IReadOnlyList<SignUp>> ListAsync(DateTimeOffset? since = null, string? region = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SignUp>>(signUps.Values
            .Where(s => (since is null || s.UpdatedAt >= since) && (region is null || s.Region == region))
            .OrderBy(s => s.CreatedAt).ToList());

    public Task<IReadOnlyList<SignUp>> ListNewsSubscribersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SignUp>>(signUps.Values.Where(s => s.NewsOptIn).ToList());

    public Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        Task.FromResult(conversations.TryGetValue(chat.ToString(), out var stored) ? ConversationStateJson.Deserialize(stored.Json) : null);

    public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        lock (conversationGate)
        {
            var version = conversations.TryGetValue(state.Chat.ToString(), out var old) ? old.Version + 1 : 1;
            conversations[state.Chat.ToString()] = (state.UserId, ConversationStateJson.Serialize(state), version);
        }

        return Task.CompletedTask;
    }

    public Task<StoredConversation> LoadAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        Task.FromResult(conversations.TryGetValue(chat.ToString(), out var stored)
            ? new StoredConversation(ConversationStateReader.Read(stored.Json, chat), stored.Version)
            : StoredConversation.None);

    public Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (conversationGate)
        {
            var current = conversations.TryGetValue(state.Chat.ToString(), out var old) ? old.Version : 0;
            if (current != expectedVersion)
            {
                throw new ConcurrencyConflictException();
            }

            conversations[state.Chat.ToString()] = (state.UserId, ConversationStateJson.Serialize(state), expectedVersion + 1);
            return Task.FromResult(expectedVersion + 1);
        }
    }

    public Task DeleteAsync(ChatKey chat, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (conversationGate)
        {
            // As the real stores: a state saved since is a conflict; no state at all is already deleted.
            if (conversations.TryGetValue(chat.ToString(), out var old) && old.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException();
            }

            conversations.TryRemove(chat.ToString(), out _);
            return Task.CompletedTask;
        }
    }

    public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        conversations.TryRemove(chat.ToString(), out _);
        return Task.CompletedTask;
    }

    public async Task<PersonalDataDeletion> DeletePersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        int questions, votes;
        lock (unanswered)
        {
            questions = unanswered.RemoveAll(q => q.PersonHash == personHash);
        }

        lock (feedback)
        {
            votes = feedback.RemoveAll(f => f.PersonHash == personHash);
        }

        return new(await DeleteByUserAsync(channel, userId, cancellationToken).ConfigureAwait(false),
            await ((IConversationStore)this).DeleteByUserAsync(channel, userId, cancellationToken).ConfigureAwait(false),
            questions,
            votes,
            Reminders.DeleteByUser(channel, userId));
    }

    public Task<PersonalDataReport> ReadPersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PersonalDataReport(
            signUps.Values.Where(s => s.Channel == channel && s.UserId == userId).OrderBy(s => s.CreatedAt).ToList(),
            FeedbackVotes.Count(f => f.PersonHash == personHash),
            Unanswered.Where(q => q.PersonHash == personHash).OrderBy(q => q.At).ToList(),
            Reminders.ByUser(channel, userId)));

    Task<int> IConversationStore.PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (conversationGate)
        {
            var old = conversations.Where(c => ConversationStateJson.Deserialize(c.Value.Json) is { } state && state.UpdatedAt < before).Select(c => c.Key).ToList();
            old.ForEach(k => conversations.TryRemove(k, out _));
            return Task.FromResult(old.Count);
        }
    }

    Task<int> IConversationStore.DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        var keys = conversations.Where(c => c.Key.StartsWith(channel + ":", StringComparison.Ordinal) && c.Value.UserId == userId).Select(c => c.Key).ToList();
        keys.ForEach(k => conversations.TryRemove(k, out _));
        return Task.FromResult(keys.Count);
    }

    public Task AddAsync(Feedback feedback, CancellationToken cancellationToken = default)
    {
        lock (this.feedback)
        {
            // As the real stores: one vote per person hash and entry, a later one replaces it.
            this.feedback.RemoveAll(f => f.PersonHash is not null && f.PersonHash == feedback.PersonHash && f.EntryId == feedback.EntryId);
            this.feedback.Add(feedback);
        }

        return Task.CompletedTask;
    }

    Task<IReadOnlyList<Feedback>> IFeedbackStore.ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Feedback>>(FeedbackVotes.ToList());

    public Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default)
    {
        lock (unanswered)
        {
            unanswered.Add(question);
        }

        return Task.CompletedTask;
    }

    Task<IReadOnlyList<UnansweredQuestion>> IUnansweredStore.ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredQuestion>>(Unanswered.ToList());

    Task<int> IUnansweredStore.PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (unanswered)
        {
            return Task.FromResult(unanswered.RemoveAll(q => q.At < before));
        }
    }
}
