namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>
/// A token bucket: <c>capacity</c> sends at once, refilled at <c>perSecond</c>. Not thread-safe: the
/// <see cref="SendRateLimiter"/> takes its lock around it. Time comes from the caller.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double perSecond;
    private readonly double capacity;
    private double tokens;
    private DateTimeOffset refilledAt;

    public TokenBucket(double perSecond, double capacity, DateTimeOffset now)
    {
        this.perSecond = perSecond;
        this.capacity = Math.Max(1, capacity);
        tokens = this.capacity;
        refilledAt = now;
    }

    /// <summary>How long until one token is available (zero: now).</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        Refill(now);
        // The epsilon absorbs floating-point dust from refills (0.9999999 tokens is a token).
        return tokens >= 1 - 1e-9 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - tokens) / perSecond);
    }

    public void Take(DateTimeOffset now)
    {
        Refill(now);
        tokens -= 1;
    }

    /// <summary>True when the bucket is full again: its chat has been quiet and its state can be dropped.</summary>
    public bool IsFull(DateTimeOffset now)
    {
        Refill(now);
        return tokens >= capacity;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > refilledAt)
        {
            tokens = Math.Min(capacity, tokens + ((now - refilledAt).TotalSeconds * perSecond));
            refilledAt = now;
        }
    }
}
