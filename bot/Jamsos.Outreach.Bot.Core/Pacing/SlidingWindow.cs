namespace Jamsos.Outreach.Bot.Core.Pacing;

/// <summary>
/// At most <c>limit</c> takes in any rolling <c>window</c>, exactly: it remembers the recent take times.
/// For limits stated per window (Telegram's 20 a minute per group, Discord's 120 gateway frames a minute,
/// a person's messages a minute), where a token bucket (burst plus refill) would let up to twice the limit
/// into one window. Not thread-safe: callers hold their own lock around it and whatever else they check.
/// </summary>
/// <remarks>
/// Not System.Threading.RateLimiting's SlidingWindowRateLimiter: its limiters take no
/// <see cref="TimeProvider"/> (they read Stopwatch and replenish on their own timer, dotnet/runtime#106447),
/// so virtual-time tests could not drive them; and its window moves in segments, so it is only roughly
/// rolling.
/// </remarks>
public sealed class SlidingWindow
{
    private readonly int limit;
    private readonly TimeSpan window;
    private readonly TimeProvider clock;
    private readonly Queue<DateTimeOffset> taken = new();

    public SlidingWindow(int limit, TimeSpan window, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /// <summary>How long until one more take fits (zero: now).</summary>
    public TimeSpan WaitTime() => WaitTime(limit);

    /// <summary>
    /// How long until one more take fits under <paramref name="budget"/> instead of the window's limit: a
    /// smaller budget keeps room for takers that may use the full limit; a budget read afresh follows a
    /// limit that changes. Zero or less lets nothing through: the wait is <see cref="TimeSpan.MaxValue"/>.
    /// </summary>
    public TimeSpan WaitTime(int budget)
    {
        var now = Expire();
        if (taken.Count < budget)
        {
            return TimeSpan.Zero;
        }

        // Room comes when the take that is budget places from the newest leaves the window.
        return budget <= 0 ? TimeSpan.MaxValue : taken.ElementAt(taken.Count - budget) + window - now;
    }

    /// <summary>Counts a take now, whether or not it fitted: the caller has already waited for its turn.</summary>
    public void Take() => taken.Enqueue(Expire());

    /// <summary>Takes one if it fits now, or says how long to wait before trying again.</summary>
    public bool TryTake(out TimeSpan wait) => TryTake(limit, out wait);

    /// <summary>Takes one if it fits under <paramref name="budget"/> now (see <see cref="WaitTime(int)"/>).</summary>
    public bool TryTake(int budget, out TimeSpan wait)
    {
        wait = WaitTime(budget);
        if (wait > TimeSpan.Zero)
        {
            return false;
        }

        Take();
        return true;
    }

    /// <summary>True when every take has left the window: the state can be dropped.</summary>
    public bool IsIdle()
    {
        Expire();
        return taken.Count == 0;
    }

    private DateTimeOffset Expire()
    {
        var now = clock.GetUtcNow();
        while (taken.Count > 0 && now - taken.Peek() >= window)
        {
            taken.Dequeue();
        }

        return now;
    }
}
