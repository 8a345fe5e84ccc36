using Jamsos.Outreach.Bot.Core.Pacing;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// The per-token global limit: at most <see cref="PerSecond"/> requests in any one-second window, and a
/// full pause after a global 429 until its retry_after has passed. The window is kept a little longer
/// than a second: Discord counts arrivals, and network jitter can bunch requests we spaced correctly.
/// </summary>
internal sealed class GlobalRateLimiter
{
    public const int PerSecond = 50;

    private readonly TimeProvider clock;
    private readonly SlidingWindow sent;
    private readonly Lock gate = new();
    private DateTimeOffset pausedUntil;

    public GlobalRateLimiter(TimeProvider clock)
    {
        this.clock = clock;
        sent = new SlidingWindow(PerSecond, TimeSpan.FromSeconds(1.2), clock);
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
    public Task WaitAsync(bool exempt, CancellationToken cancellationToken) =>
        exempt ? Task.CompletedTask : Pace.WaitAsync(clock, TryTake, cancellationToken);

    private TimeSpan TryTake()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (pausedUntil > now)
            {
                return pausedUntil - now;
            }

            sent.TryTake(out var wait);
            return wait;
        }
    }
}
