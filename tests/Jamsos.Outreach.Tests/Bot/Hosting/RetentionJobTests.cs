using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Hosting;

/// <summary>The host's daily retention job: old kept questions, old update ids and silent chats' states go, on the clock's days.</summary>
public sealed class RetentionJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnceAsync_DefaultRetention_PrunesQuestionsOlderThan180DaysAndUpdateIdsOlderThan48Hours()
    {
        var stores = new RecordingStores();
        var job = Job(stores, new TestClock(Start));

        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((Start.AddDays(-180), Start.AddHours(-48)), (stores.QuestionCutoffs.Single(), stores.UpdateCutoffs.Single()));
    }

    [Fact]
    public async Task RunOnceAsync_ConfiguredRetention_UsesIt()
    {
        var stores = new RecordingStores();
        var job = Job(stores, new TestClock(Start), new BotOptions { UnansweredRetention = TimeSpan.FromDays(30) });

        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(Start.AddDays(-30), stores.QuestionCutoffs.Single());
    }

    [Fact]
    public async Task StartAsync_RunsAtStartAndThenOnceADay()
    {
        var stores = new RecordingStores();
        var job = Job(stores, TestClock.Virtual(Start));

        await job.StartAsync(CancellationToken.None);
        await stores.WaitForRunsAsync(3);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal([Start.AddDays(-180), Start.AddDays(-179), Start.AddDays(-178)], stores.QuestionCutoffs.Take(3));
    }

    [Fact]
    public async Task StartAsync_QuestionPruneFailsOnce_StillPrunesUpdateIdsAndRunsAgainTheNextDay()
    {
        var stores = new RecordingStores { FailFirst = true };
        var job = Job(stores, TestClock.Virtual(Start));

        await job.StartAsync(CancellationToken.None);
        await stores.WaitForRunsAsync(2);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal((Start.AddHours(-48), Start.AddDays(-179)), (stores.UpdateCutoffs[0], stores.QuestionCutoffs[1]));
    }

    [Fact]
    public async Task RunOnceAsync_DefaultRetention_DeletesChatStatesSilentForMoreThan30DaysAndKeepsNewerOnes()
    {
        var conversations = new InMemoryStores();
        await conversations.SaveAsync(new ConversationState(new ChatKey("telegram", "old"), "1", Start.AddDays(-31), Flow.SignUp));
        await conversations.SaveAsync(new ConversationState(new ChatKey("telegram", "new"), "2", Start.AddDays(-29), Flow.SignUp));
        var job = Job(new RecordingStores(), new TestClock(Start), conversations: conversations);

        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((null, "2"), ((await conversations.GetAsync(new ChatKey("telegram", "old")))?.UserId, (await conversations.GetAsync(new ChatKey("telegram", "new")))?.UserId));
    }

    private static RetentionJob Job(RecordingStores stores, TestClock clock, BotOptions? options = null, IConversationStore? conversations = null) =>
        new(stores, stores, conversations ?? new InMemoryStores(), options ?? new BotOptions(), clock, NullLogger<RetentionJob>.Instance);

    private sealed class RecordingStores : IUnansweredStore, IProcessedUpdateStore
    {
        private readonly Lock gate = new();
        private readonly TaskCompletionSource enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<DateTimeOffset> questionCutoffs = [];
        private readonly List<DateTimeOffset> updateCutoffs = [];
        private int wanted = int.MaxValue;

        public bool FailFirst { get; set; }

        public DateTimeOffset[] QuestionCutoffs
        {
            get
            {
                lock (gate)
                {
                    return questionCutoffs.ToArray();
                }
            }
        }

        public DateTimeOffset[] UpdateCutoffs
        {
            get
            {
                lock (gate)
                {
                    return updateCutoffs.ToArray();
                }
            }
        }

        public async Task WaitForRunsAsync(int runs)
        {
            lock (gate)
            {
                wanted = runs;
                if (questionCutoffs.Count >= runs)
                {
                    enough.TrySetResult();
                }
            }

            await enough.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
        {
            lock (gate)
            {
                questionCutoffs.Add(before);
                if (FailFirst)
                {
                    FailFirst = false;
                    throw new StorageException("simulated outage");
                }

                if (questionCutoffs.Count >= wanted)
                {
                    enough.TrySetResult();
                }
            }

            return Task.FromResult(0);
        }

        Task<int> IProcessedUpdateStore.PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
        {
            lock (gate)
            {
                updateCutoffs.Add(before);
            }

            return Task.FromResult(0);
        }

        public Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<UnansweredQuestion>>([]);

        public Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default) => Task.FromResult(true);
    }
}
