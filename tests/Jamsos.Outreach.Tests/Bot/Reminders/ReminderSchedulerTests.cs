using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Reminders;

/// <summary>
/// The reminder scheduler in virtual time from 1 November 2026 to 31 January 2028: both discount periods end
/// inside it (other sectors after December 2026, transport after March 2027). Reminders are set through the
/// real dialogue and "Sudah bayar" is pressed through the real engine.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class ReminderSchedulerTests
{
    private static readonly DateTimeOffset SetUpAt = new(2026, 11, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2028, 1, 31, 16, 59, 0, TimeSpan.Zero);

    private readonly KnowledgeFixture fixture;

    public ReminderSchedulerTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task RunOnceAsync_FourteenMonthsTransport_OneReminderPerMonthTwoDaysBeforeWithTheRightAmount()
    {
        var run = await RunAsync(pressPaidAfterTransport: 4);

        var sent = run.Telegram.Sent.Select(s => (Date: ReminderSchedule.JakartaDate(s.At), Text: s.Reply.Text.ToPlainText())).ToList();

        // Transport: discounted Rp18.150 up to March 2027, then Rp36.300; day 10, so every 8th; the first pay date is 10 November 2026.
        var expected = Months(new DateOnly(2026, 11, 10), 15).Select(pay => (pay.AddDays(-2), Line(pay, pay < new DateOnly(2027, 4, 1) ? "Rp18.150" : "Rp36.300"))).ToList();
        Assert.Equal(expected.Select(e => e.Item1), sent.Select(s => s.Date));
        Assert.All(expected.Zip(sent), pair => Assert.Contains(pair.First.Item2, pair.Second.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_FourteenMonthsOtherSector_DiscountEndsWithTheDecemberMonth()
    {
        var run = await RunAsync(pressPaidAfterTransport: 4);

        var sent = run.Discord.Sent.Select(s => (Date: ReminderSchedule.JakartaDate(s.At), Text: s.Reply.Text.ToPlainText())).ToList();

        // Day 1: the reminder goes two days before, at the end of the previous month; 1 November 2026 was too close, so December first.
        // The reminder of 30 December 2026 is for 1 January 2027: the normal Rp16.800 (the discount covers contribution months to December).
        var expected = Months(new DateOnly(2026, 12, 1), 15).Select(pay => (pay.AddDays(-2), Line(pay, pay < new DateOnly(2027, 1, 1) ? "Rp8.400" : "Rp16.800"))).ToList();
        Assert.Equal(expected.Select(e => e.Item1), sent.Select(s => s.Date));
        Assert.All(expected.Zip(sent), pair => Assert.Contains(pair.First.Item2, pair.Second.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_ThreeWithoutPaid_WarnsUntilPaidIsPressed()
    {
        var run = await RunAsync(pressPaidAfterTransport: 4);

        var warned = run.Telegram.Sent.Select(s => s.Reply.Text.ToPlainText().Contains("berturut-turut tanpa \"Sudah bayar\"", StringComparison.Ordinal)).ToList();

        // Unpaid counts 1,2,3,4 | pressed | 1,2,3,…,11: the warning from the third in a row on.
        bool[] expected = [false, false, true, true, false, false, true, true, true, true, true, true, true, true, true];
        Assert.Equal(expected, warned);
        Assert.Equal(11, run.Stores.Reminders.All.Single(r => r.Chat.Channel == "telegram").LapseWarnings);
    }

    [Fact]
    public async Task RunOnceAsync_PaidPressedAfterEveryReminder_NeverWarns()
    {
        var run = await RunAsync(pressPaidAfterTransport: 4);

        var warnings = run.Discord.Sent.Count(s => s.Reply.Text.ToPlainText().Contains("berturut-turut", StringComparison.Ordinal));

        Assert.Equal((15, 0), (run.Discord.Sent.Count, warnings));
    }

    [Fact]
    public async Task RunOnceAsync_SendCrashesAfterTheClaim_TheMonthIsNeverSentAgain()
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(SetUpAt);
        stores.Reminders.Clock = clock;
        await SetUpAsync(stores, clock, "telegram", "1001", "10", "Transportasi", "3 juta");
        var telegram = new RecordingReminderSender("telegram", clock);
        DateOnly? claimedTo = null;
        telegram.Before = async chat =>
        {
            claimedTo = (await stores.Reminders.GetAsync(new ChatKey("telegram", chat)))!.NextPayDate;
            throw new HttpRequestException("the process died mid-send");
        };
        var dispatcher = Dispatcher(stores, clock, telegram);

        clock.Now = new DateTimeOffset(2026, 11, 8, 1, 30, 0, TimeSpan.Zero);
        await dispatcher.RunOnceAsync(default);
        telegram.Before = null;
        for (var i = 0; i < 48; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await dispatcher.RunOnceAsync(default);
        }

        Assert.Equal((new DateOnly(2026, 12, 10), 0), (claimedTo, telegram.Sent.Count));
    }

    [Fact]
    public async Task RunOnceAsync_AnotherInstanceHoldsTheLease_SendsNothing()
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(SetUpAt);
        stores.Reminders.Clock = clock;
        await SetUpAsync(stores, clock, "telegram", "1001", "10", "Transportasi", "3 juta");
        var telegram = new RecordingReminderSender("telegram", clock);
        clock.Now = new DateTimeOffset(2026, 11, 8, 1, 0, 30, TimeSpan.Zero);
        await stores.Reminders.TryLeaseAsync("other-instance", TimeSpan.FromMinutes(2));

        var sent = await Dispatcher(stores, clock, telegram).RunOnceAsync(default);

        Assert.Equal((0, 0), (sent, telegram.Sent.Count));
    }

    [Fact]
    public async Task RunOnceAsync_BotBlocked_EndsTheReminder()
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(SetUpAt);
        stores.Reminders.Clock = clock;
        await SetUpAsync(stores, clock, "telegram", "1001", "10", "Transportasi", "3 juta");
        var telegram = new RecordingReminderSender("telegram", clock) { Outcome = ReminderDelivery.Blocked };
        clock.Now = new DateTimeOffset(2026, 11, 8, 1, 0, 30, TimeSpan.Zero);

        await Dispatcher(stores, clock, telegram).RunOnceAsync(default);

        Assert.Empty(stores.Reminders.All);
    }

    [Fact]
    public async Task RunOnceAsync_PayDayPassedWhileDown_SkipsToTheNextMonthWithoutAMessage()
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(SetUpAt);
        stores.Reminders.Clock = clock;
        await SetUpAsync(stores, clock, "telegram", "1001", "10", "Transportasi", "3 juta");
        var telegram = new RecordingReminderSender("telegram", clock);
        clock.Now = new DateTimeOffset(2026, 11, 11, 1, 0, 0, TimeSpan.Zero);

        await Dispatcher(stores, clock, telegram).RunOnceAsync(default);

        Assert.Equal((0, new DateOnly(2026, 12, 10), 0), (telegram.Sent.Count, stores.Reminders.All[0].NextPayDate, stores.Reminders.All[0].Unconfirmed));
    }

    [Fact]
    public async Task ExecuteAsync_VirtualTime_WaitsTheIntervalBetweenRunsAndSendsWhenDue()
    {
        var stores = new InMemoryStores();
        var setUpClock = new TestClock(SetUpAt);
        await SetUpAsync(stores, setUpClock, "telegram", "1001", "10", "Transportasi", "3 juta");
        var clock = TestClock.Virtual(SetUpAt);
        stores.Reminders.Clock = clock;
        var telegram = new RecordingReminderSender("telegram", clock);
        var first = new TaskCompletionSource();
        telegram.Before = _ =>
        {
            first.TrySetResult();
            return Task.CompletedTask;
        };
        var options = new ReminderOptions { Interval = TimeSpan.FromMinutes(30) };
        using var scheduler = new ReminderScheduler(Dispatcher(stores, clock, telegram, options), options, clock, NullLogger<ReminderScheduler>.Instance);

        await scheduler.StartAsync(default);
        await first.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await scheduler.StopAsync(default);

        var at = telegram.Sent[0].At;
        Assert.Equal(
            (true, new DateOnly(2026, 11, 8), true),
            (clock.Delays.All(d => d == TimeSpan.FromMinutes(30)), ReminderSchedule.JakartaDate(at), at - new DateTimeOffset(2026, 11, 8, 1, 0, 0, TimeSpan.Zero) < TimeSpan.FromMinutes(30)));
    }

    private static IEnumerable<DateOnly> Months(DateOnly first, int count) => Enumerable.Range(0, count).Select(first.AddMonths);

    private static string Line(DateOnly pay, string amount) => "Iuran " + ValueFormatter.Month(pay, Language.Id) + ": " + amount;

    /// <summary>
    /// Sets up a transport worker on Telegram (day 10, Rp3 juta) and an other-sector worker on Discord (day 1,
    /// Rp1 juta) on 1 November 2026, then runs the dispatcher every hour to 31 January 2028 (WIB). The Discord
    /// worker presses "Sudah bayar" after every reminder, the Telegram one only after the given one.
    /// </summary>
    private async Task<(InMemoryStores Stores, RecordingReminderSender Telegram, RecordingReminderSender Discord)> RunAsync(int pressPaidAfterTransport)
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(SetUpAt);
        stores.Reminders.Clock = clock;
        await SetUpAsync(stores, clock, "telegram", "1001", "10", "Transportasi", "3 juta");
        await SetUpAsync(stores, clock, "discord", "2002", "1", "Lainnya", "1 juta");
        var telegram = new RecordingReminderSender("telegram", clock);
        var discord = new RecordingReminderSender("discord", clock);
        var dispatcher = Dispatcher(stores, clock, telegram, discord);
        var engine = ConversationTranscriptTests_Engine(stores, clock);
        var (seenTelegram, seenDiscord) = (0, 0);
        while (clock.Now < End)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await dispatcher.RunOnceAsync(default);
            if (discord.Sent.Count > seenDiscord)
            {
                seenDiscord = discord.Sent.Count;
                await PressAsync(engine, clock, "discord", "2002", discord.Sent[^1].Reply);
            }

            if (telegram.Sent.Count > seenTelegram)
            {
                seenTelegram = telegram.Sent.Count;
                if (seenTelegram == pressPaidAfterTransport)
                {
                    await PressAsync(engine, clock, "telegram", "1001", telegram.Sent[^1].Reply);
                }
            }
        }

        return (stores, telegram, discord);
    }

    private async Task SetUpAsync(InMemoryStores stores, TestClock clock, string channel, string chat, string day, string sector, string income)
    {
        var engine = ConversationTranscriptTests_Engine(stores, clock);
        Reply last = Reply.None;
        foreach (var text in new[] { "/pengingat", day, null, income, null })
        {
            var label = text is null ? (last.AllButtons.Any(b => b.Label.Contains(sector, StringComparison.Ordinal)) ? sector : "Setuju") : null;
            var payload = label is null ? null : last.AllButtons.First(b => b.Label.Contains(label, StringComparison.Ordinal)).Payload;
            last = await engine.HandleAsync(new IncomingMessage(channel, chat, chat, text, clock.GetUtcNow(), Payload: payload));
        }

        Assert.Contains("Pengingat aktif", last.Text.ToPlainText(), StringComparison.Ordinal);
    }

    private static async Task PressAsync(ConversationEngine engine, TestClock clock, string channel, string chat, Reply reminder)
    {
        var paid = reminder.AllButtons.Single(b => b.Label.Contains("Sudah bayar", StringComparison.Ordinal));
        var reply = await engine.HandleAsync(new IncomingMessage(channel, chat, chat, null, clock.GetUtcNow(), Payload: paid.Payload));
        Assert.Contains("Sudah kami catat", reply.Text.ToPlainText(), StringComparison.Ordinal);
    }

    private ConversationEngine ConversationTranscriptTests_Engine(InMemoryStores stores, TestClock clock) =>
        TestEngine.Create(fixture.Answerer, stores, clock, new Jamsos.Outreach.Bot.Core.BotOptions { RateLimitPerMinute = 10_000 });

    private ReminderDispatcher Dispatcher(InMemoryStores stores, TimeProvider clock, params RecordingReminderSender[] senders) =>
        Dispatcher(stores, clock, senders[0], new ReminderOptions(), senders[1..]);

    private ReminderDispatcher Dispatcher(InMemoryStores stores, TimeProvider clock, RecordingReminderSender sender, ReminderOptions options, params RecordingReminderSender[] more) =>
        new(stores.Reminders, new ReminderMessage(fixture.Answerer), [sender, .. more], options, clock);
}
