using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;

/// <summary>
/// A broadcast's lease while this run sends it: taken before the first send, renewed every third of its
/// duration, given back on dispose. Two instances (or two runs of the verb) therefore never send the same
/// broadcast at once, and a run that dies simply lets the lease expire.
/// </summary>
/// <remarks>
/// <see cref="IsHeld"/> is judged conservatively on this side: the lease counts as held only until the
/// start of the last successful take or renewal plus the duration. A run whose renewals stall (a lost
/// database, a long pause) stops taking new recipients before another run can have taken the lease over,
/// so the two never send to the same pending recipient.
/// </remarks>
internal sealed class BroadcastLease : IAsyncDisposable
{
    private readonly IBroadcastStore store;
    private readonly TimeProvider clock;
    private readonly CancellationTokenSource stopRenewing = new();
    private readonly CancellationTokenSource lost = new();
    private Task renewing = Task.CompletedTask;
    private long heldUntilTicks;

    private BroadcastLease(IBroadcastStore store, string id, string holder, TimeSpan duration, TimeProvider clock)
    {
        this.store = store;
        this.clock = clock;
        Id = id;
        Holder = holder;
        Duration = duration;
    }

    public string Id { get; }

    public string Holder { get; }

    public TimeSpan Duration { get; }

    /// <summary>Cancelled once a renewal finds that another holder has taken the lease.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>True while the lease is certainly still this run's.</summary>
    public bool IsHeld => !lost.IsCancellationRequested && clock.GetUtcNow().UtcTicks < Interlocked.Read(ref heldUntilTicks);

    /// <summary>Takes the lease and starts renewing it; null when another holder has it.</summary>
    public static async Task<BroadcastLease?> TryTakeAsync(IBroadcastStore store, string id, string holder, TimeSpan duration, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        var lease = new BroadcastLease(store, id, holder, duration, clock);
        if (!await lease.TryRenewAsync(cancellationToken).ConfigureAwait(false))
        {
            lease.Dispose();
            return null;
        }

        lease.renewing = Task.Run(lease.RenewAsync, CancellationToken.None);
        return lease;
    }

    public async ValueTask DisposeAsync()
    {
        await stopRenewing.CancelAsync().ConfigureAwait(false);
        await renewing.ConfigureAwait(false);

        try
        {
            // Given back even when stopped by Ctrl+C, so the next run need not wait for the expiry.
            await store.ReleaseLeaseAsync(Id, Holder, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageException)
        {
            // The store is unreachable right now: the lease then simply expires after its duration.
        }
        finally
        {
            Dispose();
        }
    }

    private void Dispose()
    {
        stopRenewing.Dispose();
        lost.Dispose();
    }

    private async Task<bool> TryRenewAsync(CancellationToken cancellationToken)
    {
        var asked = clock.GetUtcNow();
        if (!await store.TryLeaseAsync(Id, Holder, Duration, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        Interlocked.Exchange(ref heldUntilTicks, (asked + Duration).UtcTicks);
        return true;
    }

    private async Task RenewAsync()
    {
        var every = Duration / 3;
        while (!stopRenewing.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stopRenewing.Token).ConfigureAwait(false);
                if (!await TryRenewAsync(stopRenewing.Token).ConfigureAwait(false))
                {
                    await lost.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
            catch (OperationCanceledException) when (stopRenewing.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is StorageException or TimeoutException)
            {
                // A failed renewal is retried at the next tick; IsHeld runs out meanwhile if it keeps failing.
            }
        }
    }
}
