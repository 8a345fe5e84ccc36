using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Channels.Telegram.Polling;
using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Long polling through the real host wiring against the loopback fake.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class TelegramPollingTests
{
    private readonly KnowledgeFixture knowledge;

    public TelegramPollingTests(KnowledgeFixture knowledge)
    {
        this.knowledge = knowledge;
    }

    [Fact]
    public async Task Start_FirstPoll_HasPositiveTimeoutExplicitUpdateTypesAndNoOffset()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        var first = (await bot.Api.WaitForAsync("getUpdates", 1))[0];

        Assert.Equal((1, "message,edited_message,callback_query,my_chat_member", false),
            (first["timeout"].GetInt32(), string.Join(",", first["allowed_updates"].EnumerateArray().Select(e => e.GetString())), first.Has("offset")));
    }

    [Fact]
    public async Task Start_PollingMode_DeletesAnyWebhookFirst()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        await bot.Api.WaitForAsync("getUpdates", 1);

        Assert.Equal(["getMe", "deleteWebhook", "getUpdates"], bot.Api.Requests.Select(r => r.Method).Take(3));
    }

    [Fact]
    public async Task Poll_AfterTheFixtureBatch_SendsOffsetOfHighestIdPlusOne()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        var polls = await bot.Api.DeliverAsync(FakeResponse.Fixture("getupdates_response.json"));

        Assert.Equal(815000008, polls[^1]["offset"].GetInt64());
    }

    [Fact]
    public async Task Poll_UnsortedBatch_IsHandledInUpdateIdOrder()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(3, "/kantor"), FakeBotApi.TextUpdate(1, "/menu"), FakeBotApi.TextUpdate(2, "/bantuan")));
        var sent = bot.Api.Calls("sendMessage");

        Assert.Equal(["Pilih topik", "Perintah", "Kantor"], sent.Select(s => Prefix(s["text"].GetString()!, "Pilih topik", "Perintah", "Kantor")));
    }

    [Fact]
    public async Task Poll_SameUpdateInTwoPolls_IsAnsweredOnce()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(10, "/menu")), FakeResponse.Updates(FakeBotApi.TextUpdate(10, "/menu")));

        Assert.Equal((1, 1L), (bot.Api.Calls("sendMessage").Count, bot.Count("SELECT COUNT(*) FROM processed_updates")));
    }

    [Fact]
    public async Task Poll_RedeliveryAfterACrash_IsNotAnsweredAgainByTheRestartedBot()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var database = new TempDatabase();
        await using (var first = await TelegramHarness.CreateAsync(knowledge, api: api, database: database))
        {
            api.Script("getUpdates", FakeResponse.Updates(FakeBotApi.TextUpdate(20, "/menu")));
            await api.WaitForAsync("sendMessage", 1);
        }

        // The crash: Telegram never got the acknowledgement and delivers the update again.
        await using var restarted = await TelegramHarness.CreateAsync(knowledge, api: api, database: database, settings: new Dictionary<string, string?>());
        await api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(20, "/menu"), FakeBotApi.TextUpdate(21, "/bantuan")));

        Assert.Equal(2, api.Calls("sendMessage").Count);
    }

    [Fact]
    public async Task Stop_AfterABatch_AcknowledgesWithTimeoutZero()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(30, "/menu")));

        await bot.StopAsync();

        var last = bot.Api.Calls("getUpdates")[^1];
        Assert.Equal((31L, 0), (last["offset"].GetInt64(), last["timeout"].GetInt32()));
    }

    [Fact]
    public async Task Poll_UnhandledUpdateType_IsAcknowledgedAndSkipped()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        var polls = await bot.Api.DeliverAsync(FakeResponse.Fixture("getupdates_unhandled_type.json"));

        Assert.Equal((815000013L, 0), (polls[^1]["offset"].GetInt64(), bot.Api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task Poll_EmptyAnswersComingBackAtOnce_DoNotSpin()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        bot.Api.Script("getUpdates", Enumerable.Repeat(FakeResponse.Updates(), 50).ToArray());
        await bot.Api.WaitForAsync("getUpdates", 1);

        await Task.Delay(1200);

        Assert.InRange(bot.Api.Calls("getUpdates").Count, 2, 5);
    }

    [Fact]
    public async Task Poll_HeldForTheWholeTimeout_IsNotAClientTimeout()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        await bot.Api.WaitForAsync("getUpdates", 3, TimeSpan.FromSeconds(10));

        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("getUpdates failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_WebhookActiveConflict_DeletesTheWebhookOnceAndResumes()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, start: false);
        bot.Api.Script("getUpdates", FakeResponse.Fixture("error_409_webhook_active.json"));
        await bot.Host.StartAsync();

        await bot.Api.WaitForAsync("getUpdates", 2);

        Assert.Equal(["deleteWebhook", "getUpdates", "deleteWebhook", "getUpdates"], bot.Api.Requests.Select(r => r.Method).Skip(1).Take(4));
    }

    [Fact]
    public async Task Poll_AnotherInstancePolling_StopsAfterNConflictsWithBackoff()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, start: false, settings: new Dictionary<string, string?> { ["Telegram:MaxConsecutiveConflicts"] = "4" });
        bot.Api.Script("getUpdates", Enumerable.Repeat(FakeResponse.Fixture("error_409.json"), 10).ToArray());
        await bot.Host.StartAsync();

        await WaitUntilAsync(() => bot.Get<TelegramHealth>().Fatal is not null);

        var polls = bot.Api.Calls("getUpdates");
        Assert.Equal((4, true, true), (polls.Count, polls.Zip(polls.Skip(1)).All(p => p.Second.At - p.First.At >= TimeSpan.FromMilliseconds(50)), bot.Get<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested));
    }

    [Fact]
    public async Task Poll_TooManyRequestsWithRetryAfter3_WaitsAtLeast3SecondsBeforeTheNextPoll()
    {
        var clock = TestClock.Virtual(DateTimeOffset.UtcNow);
        await using var bot = await TelegramHarness.CreateAsync(knowledge, start: false, clock: clock);
        bot.Api.Script("getUpdates", FakeResponse.TooManyRequests(3));
        await bot.Host.StartAsync();

        await bot.Api.WaitForAsync("getUpdates", 2);

        Assert.Contains(TimeSpan.FromSeconds(3), clock.Delays);
    }

    [Fact]
    public async Task Poll_ServerErrors_BackOffThenRecoverWithTheSameOffset()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        var polls = await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(40, "/menu")), FakeResponse.BadGatewayHtml(), FakeResponse.Error(500, "Internal Server Error"), FakeResponse.Abort());

        Assert.All(polls.TakeLast(4), p => Assert.Equal(41, p["offset"].GetInt64()));
    }

    [Fact]
    public async Task Start_TokenRefused_StopsTheChannelForGood()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, start: false);
        bot.Api.Script("getMe", FakeResponse.Fixture("error_401.json"));
        await bot.Host.StartAsync();

        await WaitUntilAsync(() => bot.Get<TelegramHealth>().Fatal is not null);

        Assert.Equal((0, true), (bot.Api.Calls("getUpdates").Count, bot.Get<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested));
    }

    [Fact]
    public async Task Poll_TokenRevokedWhileRunning_StopsTheChannel()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, start: false);
        bot.Api.Script("getUpdates", FakeResponse.Fixture("error_401.json"));
        await bot.Host.StartAsync();

        await WaitUntilAsync(() => bot.Get<TelegramHealth>().Fatal is not null);

        Assert.Single(bot.Api.Calls("getUpdates"));
    }

    [Fact]
    public async Task Poll_AHandlerThatThrows_IsLoggedAndTheNextUpdateIsStillAnswered()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, services: s => s.AddSingleton<IProcessedUpdateStore>(new FailingOn("50")));

        var polls = await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(50, "/menu"), FakeBotApi.TextUpdate(51, "/menu", chatId: 99, userId: 99)));

        Assert.Equal((52L, 1, true), (polls[^1]["offset"].GetInt64(), bot.Api.CountOf("sendMessage"), bot.Logs.Lines.Any(l => l.Contains("Handling Telegram update 50 failed", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Poll_Everything_NeverLogsTheToken()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        bot.Api.Script("sendMessage", FakeResponse.Fixture("error_401.json"));

        await bot.Api.DeliverAsync(FakeResponse.BadGatewayHtml(), FakeResponse.Abort(), FakeResponse.Updates(FakeBotApi.TextUpdate(60, "/menu")));
        await bot.StopAsync();

        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_AfterTheRetention_TheHostsRetentionJobForgetsOldTelegramUpdateIds()
    {
        // One setting (Bot:ProcessedUpdateRetention) and one pruner (the host's RetentionJob) for every channel.
        var clock = TestClock.Virtual(new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero));
        await using var bot = await TelegramHarness.CreateAsync(knowledge, clock: clock);
        await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(70, "/menu")));
        clock.Advance(TimeSpan.FromHours(49));
        await bot.Api.DeliverAsync(FakeResponse.Updates(FakeBotApi.TextUpdate(71, "/menu")));
        var job = new RetentionJob(bot.Get<IUnansweredStore>(), bot.Get<IProcessedUpdateStore>(), bot.Get<IConversationStore>(), bot.Get<BotOptions>(), clock, NullLogger<RetentionJob>.Instance);

        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal("71", bot.Database.Scalar("SELECT group_concat(update_id) FROM processed_updates"));
    }

    [Fact]
    public void Registration_PollingMode_AddsThePollingService()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:Token"] = FakeBotApi.Token }).Build();

        services.AddTelegramChannel(configuration);

        Assert.Contains(services, d => d.ImplementationType == typeof(TelegramPollingService));
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition never became true.");
            }

            await Task.Delay(20);
        }
    }

    private static string Prefix(string text, params string[] candidates) => candidates.FirstOrDefault(c => text.Contains(c, StringComparison.Ordinal)) ?? text;

    /// <summary>A processed-update store whose claim fails for one id: a storage outage for that update.</summary>
    private sealed class FailingOn(string badId) : IProcessedUpdateStore
    {
        public Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default) =>
            updateId == badId ? throw new IOException("simulated storage outage") : Task.FromResult(true);

        public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);
    }
}
