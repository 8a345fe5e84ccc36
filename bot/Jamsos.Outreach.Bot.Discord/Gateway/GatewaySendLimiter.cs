using Jamsos.Outreach.Bot.Core.Pacing;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// Discord closes a connection that sends more than 120 frames in 60 seconds, heartbeats included. This
/// sliding window waits instead, keeping a few frames back for heartbeats so Identify or Resume can never
/// starve them.
/// </summary>
internal sealed class GatewaySendLimiter
{
    public const int FramesPerWindow = 120;
    private const int ReservedForHeartbeats = 5;

    private readonly TimeProvider clock;
    private readonly SlidingWindow sent;
    private readonly Lock gate = new();

    public GatewaySendLimiter(TimeProvider clock)
    {
        this.clock = clock;
        sent = new SlidingWindow(FramesPerWindow, TimeSpan.FromSeconds(60), clock);
    }

    public Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var budget = heartbeat ? FramesPerWindow : FramesPerWindow - ReservedForHeartbeats;
        return Pace.WaitAsync(clock, () => TryTake(budget), cancellationToken);
    }

    private TimeSpan TryTake(int budget)
    {
        lock (gate)
        {
            sent.TryTake(budget, out var wait);
            return wait;
        }
    }
}
