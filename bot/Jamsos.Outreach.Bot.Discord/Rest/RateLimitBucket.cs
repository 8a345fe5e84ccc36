namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>The state of one bucket for one top-level resource: requests left and when the window resets.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock gate = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    /// <summary>Takes one request from the bucket, or says how long to wait before trying again.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (gate)
        {
            if (remaining is null || now >= resetAt)
            {
                // Unknown or expired window: let the request go; its response brings the real numbers.
                if (remaining is not null)
                {
                    remaining = null;
                }

                return TimeSpan.Zero;
            }

            if (remaining > 0)
            {
                remaining--;
                return TimeSpan.Zero;
            }

            return resetAt - now;
        }
    }

    public void Update(int remainingNow, DateTimeOffset resetsAt)
    {
        lock (gate)
        {
            remaining = remainingNow;
            resetAt = resetsAt;
        }
    }

    /// <summary>A 429 on this bucket: nothing may go until <paramref name="until"/>.</summary>
    public void Exhaust(DateTimeOffset until)
    {
        lock (gate)
        {
            remaining = 0;
            resetAt = until > resetAt ? until : resetAt;
        }
    }

    public void CopyFrom(RateLimitBucket other)
    {
        lock (other.gate)
        {
            lock (gate)
            {
                remaining = other.remaining;
                resetAt = other.resetAt;
            }
        }
    }
}
