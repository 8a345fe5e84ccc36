namespace Jamsos.Outreach.Bot.Core.Pacing;

/// <summary>
/// Counts a repeated event (a refused webhook request, say) and allows one log line per interval that
/// carries the count since the last line, so whoever can reach a port cannot fill the disk through our
/// log. Events after the last line are reported with the next line (the first event once the interval has
/// passed); none are lost from the count. Thread-safe.
/// </summary>
public sealed class LogThrottle
{
    private readonly Lock gate = new();
    private readonly TimeProvider clock;
    private readonly TimeSpan interval;
    private long unreported;
    private DateTimeOffset? lastLine;

    public LogThrottle(TimeProvider clock, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        this.clock = clock;
        this.interval = interval;
    }

    /// <summary>
    /// Records one event. Returns how many events the log line due now should report (this one included),
    /// or 0 when no line is due yet.
    /// </summary>
    public long Record()
    {
        lock (gate)
        {
            unreported++;
            var now = clock.GetUtcNow();
            if (lastLine is { } last && now - last < interval)
            {
                return 0;
            }

            lastLine = now;
            var count = unreported;
            unreported = 0;
            return count;
        }
    }
}
