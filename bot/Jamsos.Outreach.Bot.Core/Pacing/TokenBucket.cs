namespace Jamsos.Outreach.Bot.Core.Pacing;

/// <summary>
/// A token bucket: <c>capacity</c> takes at once, refilled at <c>perSecond</c>. Not thread-safe: callers
/// combine it with other limits under their own lock, so a take counts against all of them or none.
/// </summary>
/// <remarks>
/// Not System.Threading.RateLimiting's TokenBucketRateLimiter: its limiters take no
/// <see cref="TimeProvider"/> (they read Stopwatch and replenish on their own timer, dotnet/runtime#106447),
/// so virtual-time tests could not drive them; and their leases cannot be checked against several limits
/// before one is taken.
/// </remarks>
public sealed class TokenBucket
{
    private readonly double perSecond;
    private readonly double capacity;
    private readonly TimeProvider clock;
    private double tokens;
    private DateTimeOffset refilledAt;

    public TokenBucket(double perSecond, double capacity, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.perSecond = perSecond;
        this.capacity = Math.Max(1, capacity);
        this.clock = clock;
        tokens = this.capacity;
        refilledAt = clock.GetUtcNow();
    }

    /// <summary>How long until one token is available (zero: now).</summary>
    public TimeSpan WaitTime()
    {
        Refill();
        // The epsilon absorbs floating-point dust from refills (0.9999999 tokens is a token).
        return tokens >= 1 - 1e-9 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - tokens) / perSecond);
    }

    public void Take()
    {
        Refill();
        tokens -= 1;
    }

    /// <summary>True when the bucket is full again: nothing has been taken lately and its state can be dropped.</summary>
    public bool IsFull()
    {
        Refill();
        return tokens >= capacity;
    }

    private void Refill()
    {
        var now = clock.GetUtcNow();
        if (now > refilledAt)
        {
            tokens = Math.Min(capacity, tokens + ((now - refilledAt).TotalSeconds * perSecond));
            refilledAt = now;
        }
    }
}
