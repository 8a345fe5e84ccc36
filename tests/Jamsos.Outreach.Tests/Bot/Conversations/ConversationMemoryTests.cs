using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

public sealed class ConversationMemoryTests
{
    private static readonly IncomingMessage Message = new("test", "c1", "u1", "Siti", DateTimeOffset.UnixEpoch);

    private readonly InMemoryStores stores = new();
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));
    private readonly ConversationMemory memory;

    public ConversationMemoryTests()
    {
        memory = new ConversationMemory(stores, new BotOptions(), clock);
    }

    [Fact]
    public async Task UpdateAsync_DialogueInProgress_IsSavedWithTheTurnsTimeAndUser()
    {
        await memory.UpdateAsync(Message, (c, _) => Task.FromResult(new TurnResult(Reply.Of("ok"), c.State with { Flow = Flow.SignUp, SignUp = new SignUpDraft(SignUpStep.Phone) })), default);

        var saved = await stores.GetAsync(Message.Chat);
        Assert.Equal((Flow.SignUp, clock.Now, "u1"), (saved!.Flow, saved.UpdatedAt, saved.UserId));
    }

    [Fact]
    public async Task UpdateAsync_SaveFails_ReplyIsNotHandedOut()
    {
        var failing = new ConversationMemory(new FailingSaves(stores), new BotOptions(), clock);

        var update = failing.UpdateAsync(Message, (c, _) => Task.FromResult(new TurnResult(Reply.Of("ok"), c.State with { Flow = Flow.Calculator })), default);

        await Assert.ThrowsAsync<IOException>(() => update);
    }

    [Fact]
    public async Task UpdateAsync_NoNextState_ForgetsTheChat()
    {
        await stores.SaveAsync(new ConversationState(Message.Chat, "u1", clock.Now, Flow.SignUp));

        await memory.UpdateAsync(Message, (_, _) => Task.FromResult(new TurnResult(Reply.Of("ok"), null)), default);

        Assert.Null(await stores.GetAsync(Message.Chat));
    }

    [Fact]
    public async Task UpdateAsync_FormOlderThanTheTimeout_StartsWithoutItAndSaysItExpired()
    {
        await stores.SaveAsync(new ConversationState(Message.Chat, "u1", clock.Now, Flow.SignUp, new SignUpDraft(SignUpStep.Region)));
        clock.Advance(TimeSpan.FromHours(25));
        RememberedConversation? seen = null;

        await memory.UpdateAsync(Message, (c, _) =>
        {
            seen = c;
            return Task.FromResult(new TurnResult(Reply.Of("ok"), c.State));
        }, default);

        Assert.Equal((true, Flow.None, (SignUpDraft?)null), (seen!.FormExpired, seen.State.Flow, seen.State.SignUp));
    }

    [Fact]
    public async Task UpdateAsync_UnchangedStateLastSavedADayAgo_IsWrittenAgainWithTheTurnsTime()
    {
        await stores.SaveAsync(new ConversationState(Message.Chat, "u1", clock.Now, Language: "en"));
        clock.Advance(TimeSpan.FromDays(1));

        await memory.UpdateAsync(Message, (c, _) => Task.FromResult(new TurnResult(Reply.Of("ok"), c.State)), default);

        Assert.Equal(clock.Now, (await stores.GetAsync(Message.Chat))!.UpdatedAt);
    }

    [Fact]
    public async Task UpdateAsync_UnchangedStateSavedAnHourAgo_IsNotWrittenAgain()
    {
        var saved = clock.Now;
        await stores.SaveAsync(new ConversationState(Message.Chat, "u1", saved, Language: "en"));
        clock.Advance(TimeSpan.FromHours(1));

        await memory.UpdateAsync(Message, (c, _) => Task.FromResult(new TurnResult(Reply.Of("ok"), c.State)), default);

        Assert.Equal(saved, (await stores.GetAsync(Message.Chat))!.UpdatedAt);
    }

    [Fact]
    public async Task UpdateAsync_AnotherInstanceSavedTheChatMeanwhile_RunsTheTurnAgainOnTheFreshState()
    {
        var racing = new RacingStore(stores, races: 1, Message.Chat, clock);
        var racy = new ConversationMemory(racing, new BotOptions(), clock);
        var seenSteps = new List<SignUpStep?>();

        await racy.UpdateAsync(Message, (c, _) =>
        {
            seenSteps.Add(c.State.SignUp?.Step);
            return Task.FromResult(new TurnResult(Reply.Of("ok"), c.State with { Flow = Flow.SignUp, SignUp = new SignUpDraft(SignUpStep.Phone) }));
        }, default);

        Assert.Equal([null, SignUpStep.Region], seenSteps);
    }

    [Fact]
    public async Task UpdateAsync_ConflictOnEveryAttempt_GivesUpWithTheConflict()
    {
        var racing = new RacingStore(stores, races: int.MaxValue, Message.Chat, clock);
        var racy = new ConversationMemory(racing, new BotOptions(), clock);
        var turns = 0;

        var update = racy.UpdateAsync(Message, (c, _) =>
        {
            turns++;
            return Task.FromResult(new TurnResult(Reply.Of("ok"), c.State with { Flow = Flow.Calculator }));
        }, default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => update);
        Assert.Equal(ConversationMemory.MaxAttempts, turns);
    }

    /// <summary>
    /// A store where, right after each of the first <c>races</c> loads, "another instance" saves the chat
    /// (a sign-up moved to the region step), so the save that follows finds a newer version.
    /// </summary>
    private sealed class RacingStore(InMemoryStores inner, int races, ChatKey chat, TestClock clock) : IConversationStore
    {
        private int left = races;

        public async Task<StoredConversation> LoadAsync(ChatKey key, CancellationToken cancellationToken = default)
        {
            var loaded = await inner.LoadAsync(key, cancellationToken);
            if (left-- > 0)
            {
                await inner.SaveAsync(new ConversationState(chat, "u1", clock.Now, Flow.SignUp, new SignUpDraft(SignUpStep.Region)), cancellationToken);
            }

            return loaded;
        }

        public Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default) =>
            inner.SaveAsync(state, expectedVersion, cancellationToken);

        public Task DeleteAsync(ChatKey key, long expectedVersion, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(key, expectedVersion, cancellationToken);

        public Task<ConversationState?> GetAsync(ChatKey key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);

        public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default) => inner.SaveAsync(state, cancellationToken);

        public Task DeleteAsync(ChatKey key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

        public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default) =>
            ((IConversationStore)inner).DeleteByUserAsync(channel, userId, cancellationToken);

        public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
            ((IConversationStore)inner).PruneAsync(before, cancellationToken);
    }

    /// <summary>A conversation store whose writes fail, as in a storage outage.</summary>
    private sealed class FailingSaves(InMemoryStores inner) : Jamsos.Outreach.Bot.Core.Storage.IConversationStore
    {
        public Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default) => inner.GetAsync(chat, cancellationToken);

        public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default) => throw new IOException("simulated outage");

        public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) => throw new IOException("simulated outage");

        public Task<StoredConversation> LoadAsync(ChatKey chat, CancellationToken cancellationToken = default) => inner.LoadAsync(chat, cancellationToken);

        public Task<long> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken = default) =>
            throw new IOException("simulated outage");

        public Task DeleteAsync(ChatKey chat, long expectedVersion, CancellationToken cancellationToken = default) =>
            throw new IOException("simulated outage");

        public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default) =>
            ((Jamsos.Outreach.Bot.Core.Storage.IConversationStore)inner).DeleteByUserAsync(channel, userId, cancellationToken);

        public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => throw new IOException("simulated outage");
    }
}
