namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// The per-token global limit: at most <see cref="PerSecond"/> requests in any one-second window, and a
/// full pause after a global 429 until its retry_after has passed. The window is kept a little longer
/// than a second: Discord counts arrivals, and network jitter can bunch requests we spaced correctly.
/// </summary>
internal sealed class GlobalRateLimiter
{
    public const int PerSecond = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1.2);

    private readonly TimeProvider clock;
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();
    private DateTimeOffset pausedUntil;

    public GlobalRateLimiter(TimeProvider clock)
    {
        this.clock = clock;
    }

    public void PauseUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }
    }

    /// <summary>
    /// Waits for a global pause to end and for room in the window. Requests Discord exempts from the
    /// global limit (interaction callbacks, follow-ups) skip both: a global pause must not make an
    /// interaction miss its 3 seconds.
    /// </summary>
    public async Task WaitAsync(bool exempt, CancellationToken cancellationToken)
    {
        if (exempt)
        {
            return;
        }

        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = clock.GetUtcNow();
                wait = pausedUntil > now ? pausedUntil - now : TimeSpan.Zero;
                if (wait == TimeSpan.Zero)
                {
                    while (sent.Count > 0 && now - sent.Peek() >= Window)
                    {
                        sent.Dequeue();
                    }

                    if (sent.Count < PerSecond)
                    {
                        sent.Enqueue(now);
                        return;
                    }

                    wait = sent.Peek() + Window - now;
                }
            }

            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
