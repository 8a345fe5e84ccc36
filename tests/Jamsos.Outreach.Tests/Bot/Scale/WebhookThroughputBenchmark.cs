using System.Diagnostics;
using System.Globalization;
using Xunit;
using Xunit.Abstractions;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>
/// Updates answered per second through the webhook, and latency from the POST to the sendMessage, for one
/// and two bot processes on PostgreSQL and one on SQLite (real processes, the fake Bot API, the real
/// content). Without JAMSOS_BENCH a small smoke run (one instance on SQLite) checks that the measuring
/// works; <c>JAMSOS_BENCH=1</c> runs the measurement:
/// <c>JAMSOS_BENCH=1 dotnet test -c Release --filter WebhookThroughput --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class WebhookThroughputBenchmark
{
    private readonly ITestOutputHelper output;

    public WebhookThroughputBenchmark(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task Webhook_OneAndTwoInstances_AnswersEveryUpdate()
    {
        var full = Environment.GetEnvironmentVariable("JAMSOS_BENCH") == "1";
        (string Name, int Instances, bool Postgres)[] setups = full
            ? [("PostgreSQL, 1 instance", 1, true), ("PostgreSQL, 2 instances", 2, true), ("SQLite, 1 instance", 1, false)]
            : [("SQLite, 1 instance (smoke)", 1, false)];
        foreach (var (name, instances, postgres) in setups)
        {
            var watch = Stopwatch.StartNew();
            await using var cluster = await WebhookCluster.StartAsync(instances, postgres);
            var start = watch.Elapsed;

            // Warm-up: JIT, connection pools, the first pages of the tables.
            await WebhookLoad.BurstAsync(cluster, full ? 300 : 20, 100_000_000, 32);
            var burst = await WebhookLoad.BurstAsync(cluster, full ? 4_000 : 100, 200_000_000, 32);
            var paced = await WebhookLoad.PacedAsync(cluster, full ? 1_000 : 50, 300_000_000, full ? 100 : 50);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} (started in {start.TotalSeconds:0.0} s): burst: {burst}; paced at {(full ? 100 : 50)}/s: {paced}"));
            Assert.Equal((full ? 4_000 : 100, full ? 1_000 : 50), (burst.Count, paced.Count));
        }
    }
}
