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
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly TimeProvider clock;
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();

    public GatewaySendLimiter(TimeProvider clock)
    {
        this.clock = clock;
    }

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var budget = heartbeat ? FramesPerWindow : FramesPerWindow - ReservedForHeartbeats;
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = clock.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= Window)
                {
                    sent.Dequeue();
                }

                if (sent.Count < budget)
                {
                    sent.Enqueue(now);
                    return;
                }

                wait = sent.ElementAt(sent.Count - budget) + Window - now;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
