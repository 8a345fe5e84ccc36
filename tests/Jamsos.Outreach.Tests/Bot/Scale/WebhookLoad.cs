using System.Diagnostics;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>
/// Load for <see cref="WebhookThroughputBenchmark"/>: questions, one per new chat (a burst of newcomers after a
/// TV spot), POSTed round-robin over a cluster's instances; latency is from just before the POST to the
/// moment the fake Bot API receives that chat's sendMessage (both clocks are this process's).
/// </summary>
internal static class WebhookLoad
{
    private static readonly string[] Questions =
    [
        "brp iuran bpjs tk buat ojol?", "/menu", "cara klaim jkk gimana", "kalau meninggal dapat berapa",
        "diskon iuran 2026 sampai kapan", "/kantor", "how much is the contribution for a street vendor", "telat bayar iuran apa masih dilindungi",
    ];

    /// <summary>As fast as <paramref name="concurrency"/> connections allow (Telegram opens up to 40): answered per second.</summary>
    public static Task<LoadResult> BurstAsync(WebhookCluster cluster, int count, long firstChat, int concurrency) =>
        RunAsync(cluster, count, firstChat, concurrency, perSecond: null);

    /// <summary>At a steady <paramref name="perSecond"/>: latency when the instances keep up.</summary>
    public static Task<LoadResult> PacedAsync(WebhookCluster cluster, int count, long firstChat, int perSecond) =>
        RunAsync(cluster, count, firstChat, concurrency: 64, perSecond);

    private static async Task<LoadResult> RunAsync(WebhookCluster cluster, int count, long firstChat, int concurrency, int? perSecond)
    {
        var posted = new DateTimeOffset[count];
        var before = cluster.Api.CountOf("sendMessage");
        using var gate = new SemaphoreSlim(concurrency);
        var watch = Stopwatch.StartNew();
        var posts = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            if (perSecond is { } rate && watch.Elapsed < TimeSpan.FromSeconds((double)i / rate))
            {
                await Task.Delay(TimeSpan.FromSeconds((double)i / rate) - watch.Elapsed);
            }

            await gate.WaitAsync();
            var n = i;
            posts.Add(Task.Run(async () =>
            {
                try
                {
                    posted[n] = DateTimeOffset.UtcNow;
                    await cluster.PostWithFailoverAsync(n % cluster.Instances.Count, FakeBotApi.TextUpdate(firstChat + n, Questions[n % Questions.Length], firstChat + n, firstChat + n));
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        await Task.WhenAll(posts);
        await cluster.Api.WaitForAsync("sendMessage", before + count, TimeSpan.FromMinutes(5));
        var elapsed = watch.Elapsed;
        var answered = cluster.Api.Calls("sendMessage")
            .Select(c => (Chat: c["chat_id"].GetInt64(), c.At))
            .Where(c => c.Chat >= firstChat && c.Chat < firstChat + count)
            .GroupBy(c => c.Chat)
            .ToDictionary(g => g.Key, g => g.Min(c => c.At));
        var latencies = Enumerable.Range(0, count).Select(i => answered[firstChat + i] - posted[i]).Order().ToList();
        return new LoadResult(count, elapsed, count / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
