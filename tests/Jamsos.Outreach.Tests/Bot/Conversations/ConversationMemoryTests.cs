using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

public sealed class ConversationMemoryTests
{
    private static readonly IncomingMessage Message = new("test", "c1", "u1", "Siti", DateTimeOffset.UnixEpoch);

    private readonly InMemoryStores stores = new();
    private readonly MutableTimeProvider clock = new(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));
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

    /// <summary>A conversation store whose writes fail, as in a storage outage.</summary>
    private sealed class FailingSaves(InMemoryStores inner) : Jamsos.Outreach.Bot.Core.Storage.IConversationStore
    {
        public Task<ConversationState?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default) => inner.GetAsync(chat, cancellationToken);

        public Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default) => throw new IOException("simulated outage");

        public Task DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) => throw new IOException("simulated outage");

        public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default) =>
            ((Jamsos.Outreach.Bot.Core.Storage.IConversationStore)inner).DeleteByUserAsync(channel, userId, cancellationToken);
    }
}
