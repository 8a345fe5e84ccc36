using System.Diagnostics;
using System.Globalization;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>
/// End-to-end throughput: updates queued on the fake Bot API, fetched by the real polling service in
/// batches of 100, answered by the engine over the real content and SQLite, replies sent back to the
/// fake. Reports updates answered per second and peak memory. A small run is part of the suite (a
/// smoke test, no speed assertion); <c>JAMSOS_BENCH=1</c> runs the full measurement:
/// <c>JAMSOS_BENCH=1 dotnet test -c Release --filter TelegramThroughput --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class TelegramThroughputBenchmark
{
    private static readonly string[] Questions =
    [
        "brp iuran bpjs tk buat ojol?",
        "/menu",
        "cara klaim jkk gimana",
        "kalau meninggal dapat berapa",
        "diskon iuran 2026 sampai kapan",
        "/kantor",
        "how much is the contribution for a street vendor",
        "telat bayar iuran apa masih dilindungi",
    ];

    private readonly KnowledgeFixture knowledge;
    private readonly ITestOutputHelper output;

    public TelegramThroughputBenchmark(KnowledgeFixture knowledge, ITestOutputHelper output)
    {
        this.knowledge = knowledge;
        this.output = output;
    }

    [Fact]
    public async Task Polling_BatchesOf100_AnswersEveryUpdate()
    {
        var full = Environment.GetEnvironmentVariable("JAMSOS_BENCH") == "1";
        var total = full ? 20_000 : 600;
        var users = full ? 2_000 : 200;
        await using var bot = await TelegramHarness.CreateAsync(knowledge, new Dictionary<string, string?>
        {
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Telegram:PollClientSlack"] = "00:00:10",
            ["Telegram:RequestTimeout"] = "00:00:10",
        });
        await bot.Api.WaitForAsync("getUpdates", 1);

        // Warm-up: JIT, connection pool, SQLite pages.
        bot.Api.EnqueueUpdates(Enumerable.Range(1, 200).Select(i => Update(i, users)).ToArray());
        await bot.Api.WaitForAsync("sendMessage", 200, TimeSpan.FromSeconds(60));
        var before = bot.Api.CountOf("sendMessage");
        GC.Collect();
        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes();

        var watch = Stopwatch.StartNew();
        bot.Api.EnqueueUpdates(Enumerable.Range(1_000, total).Select(i => Update(i, users)).ToArray());
        await bot.Api.WaitForAsync("sendMessage", before + total, TimeSpan.FromSeconds(full ? 300 : 60));
        watch.Stop();
        var allocatedPerUpdate = (GC.GetTotalAllocatedBytes() - allocatedBefore) / total;

        var perSecond = total / watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} updates from {users} users in {watch.Elapsed.TotalSeconds:0.00} s: {perSecond:0} updates answered/s; peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB (test host, fake server included); {allocatedPerUpdate / 1024} KB allocated per update (both sides); gen0 GCs {GC.CollectionCount(0) - gcBefore}; polls {bot.Api.CountOf("getUpdates")}"));
        Assert.Equal(before + total, bot.Api.CountOf("sendMessage"));
    }

    private static string Update(int i, int users)
    {
        var user = 700_000_000L + (i % users);
        return FakeBotApi.TextUpdate(900_000_000L + i, Questions[i % Questions.Length], chatId: user, userId: user);
    }
}
