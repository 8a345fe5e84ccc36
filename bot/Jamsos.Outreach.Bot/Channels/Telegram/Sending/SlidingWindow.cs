namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>
/// At most <c>limit</c> sends in any rolling <c>window</c>, exactly: it remembers the last
/// <c>limit</c> send times. Used for the 20-a-minute group limit, where a token bucket (burst plus
/// refill) would allow up to twice the limit inside one minute. Not thread-safe (see <see cref="SendRateLimiter"/>).
/// </summary>
internal sealed class SlidingWindow
{
    private readonly int limit;
    private readonly TimeSpan window;
    private readonly Queue<DateTimeOffset> sent = new();

    public SlidingWindow(int limit, TimeSpan window)
    {
        this.limit = limit;
        this.window = window;
    }

    public TimeSpan WaitTime(DateTimeOffset now)
    {
        Expire(now);
        return sent.Count < limit ? TimeSpan.Zero : sent.Peek() + window - now;
    }

    public void Take(DateTimeOffset now)
    {
        Expire(now);
        sent.Enqueue(now);
    }

    public bool IsIdle(DateTimeOffset now)
    {
        Expire(now);
        return sent.Count == 0;
    }

    private void Expire(DateTimeOffset now)
    {
        while (sent.Count > 0 && sent.Peek() + window <= now)
        {
            sent.Dequeue();
        }
    }
}
