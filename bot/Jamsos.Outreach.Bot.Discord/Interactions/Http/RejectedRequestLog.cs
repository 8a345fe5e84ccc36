using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>
/// Counts refused interaction requests (bad or missing signature, replay, oversized body) and logs at
/// most one line a minute with the counts, so a flood of forged requests (and Discord's own deliberate
/// bad-signature probes) cannot flood the log. The first refusal after a quiet minute is logged at once;
/// later ones are summed and written by a timer when the minute is up. Nothing of the request is logged.
/// </summary>
internal sealed partial class RejectedRequestLog : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly object gate = new();
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private DateTimeOffset nextLine = DateTimeOffset.MinValue;
    private ITimer? timer;

    public RejectedRequestLog(TimeProvider clock, ILogger<RejectedRequestLog> logger)
    {
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Refusals so far, for tests and the health of the endpoint.</summary>
    public long Total { get; private set; }

    public void Count(string reason)
    {
        lock (gate)
        {
            Total++;
            counts[reason] = counts.GetValueOrDefault(reason) + 1;
            var now = clock.GetUtcNow();
            if (now >= nextLine)
            {
                WriteLocked(now);
            }
            else
            {
                timer ??= clock.CreateTimer(_ => Flush(), null, nextLine - now, Timeout.InfiniteTimeSpan);
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
                WriteLocked(clock.GetUtcNow());
            }
        }
    }

    private void WriteLocked(DateTimeOffset now)
    {
        var total = counts.Values.Sum();
        var reasons = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));
        counts.Clear();
        nextLine = now + Interval;
        LogRefused(logger, total, reasons);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord interactions endpoint refused {Count} request(s) in the last minute ({Reasons})")]
    private static partial void LogRefused(ILogger logger, int count, string reasons);
}
