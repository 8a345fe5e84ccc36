namespace Jamsos.Outreach.Bot.Core.Pacing;

/// <summary>
/// Counts refused requests (a webhook call without the right secret, a forged Discord signature) and
/// writes at most one report per interval with the counts by reason, so whoever can reach a port cannot
/// fill the disk through our log. The first refusal after a quiet interval is reported at once; later
/// ones are summed and reported by a timer when the interval is up (or by the next refusal after it).
/// Nothing of the request itself is kept. Thread-safe.
/// </summary>
public sealed class RefusalCounter : IDisposable
{
    /// <summary>One report a minute at most.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly TimeSpan interval;
    private readonly Action<int, string> report;
    private DateTimeOffset nextReport = DateTimeOffset.MinValue;
    private ITimer? timer;

    /// <param name="report">Writes one report: the number of refusals and "reason: n, reason: n".</param>
    public RefusalCounter(TimeProvider clock, TimeSpan interval, Action<int, string> report)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        this.clock = clock;
        this.interval = interval;
        this.report = report;
    }

    /// <summary>Refusals so far, for tests and health.</summary>
    public long Total { get; private set; }

    public void Count(string reason)
    {
        lock (gate)
        {
            Total++;
            counts[reason] = counts.GetValueOrDefault(reason) + 1;
            var now = clock.GetUtcNow();
            if (now >= nextReport)
            {
                ReportLocked(now);
            }
            else
            {
                timer ??= clock.CreateTimer(_ => Flush(), null, nextReport - now, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            timer?.Dispose();
            timer = null;
        }
    }

    private void Flush()
    {
        lock (gate)
        {
            timer?.Dispose();
            timer = null;
            if (counts.Count > 0)
            {
                ReportLocked(clock.GetUtcNow());
            }
        }
    }

    private void ReportLocked(DateTimeOffset now)
    {
        var total = counts.Values.Sum();
        var reasons = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));
        counts.Clear();
        nextReport = now + interval;
        report(total, reasons);
    }
}
