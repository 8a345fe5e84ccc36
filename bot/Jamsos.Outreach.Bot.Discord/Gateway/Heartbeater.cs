namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// The heartbeat schedule of one connection: the first beat after interval × jitter (jitter in [0, 1)),
/// then one every interval. If the previous beat has not been acknowledged when the next is due, the
/// connection is a zombie and <see cref="RunAsync"/> returns false so the caller can close and resume.
/// </summary>
internal sealed class Heartbeater
{
    private readonly TimeProvider clock;
    private int acknowledged = 1;

    public Heartbeater(TimeProvider clock)
    {
        this.clock = clock;
    }

    public void Acknowledge() => Interlocked.Exchange(ref acknowledged, 1);

    /// <summary>Beats until cancelled (true) or until an acknowledgement is missed (false).</summary>
    public async Task<bool> RunAsync(TimeSpan interval, double jitter, Func<CancellationToken, Task> beat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beat);
        try
        {
            await Task.Delay(interval * Math.Clamp(jitter, 0, 0.999), clock, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (Interlocked.Exchange(ref acknowledged, 0) == 0)
                {
                    return false;
                }

                await beat(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }
}
