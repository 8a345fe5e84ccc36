namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Batches concurrent requests into one write: the first caller that finds no flush running becomes the
/// leader and writes everything pending, again and again until nothing is left; the others wait for their
/// own result. No background task, and a request still returns only after its batch is written. Used for
/// update-id claims, where the chats of one batch of updates are handled in parallel and one commit (one
/// fsync, one round trip) for all of them beats one each.
/// </summary>
/// <typeparam name="TItem">One request.</typeparam>
/// <typeparam name="TResult">Its answer.</typeparam>
public sealed class GroupCommit<TItem, TResult>
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> flush;
    private readonly Lock gate = new();
    private List<Pending> pending = [];
    private bool flushing;

    /// <param name="flush">Writes one batch and returns one result per item, in order. Not cancellable: other callers' items ride on it.</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> flush)
    {
        ArgumentNullException.ThrowIfNull(flush);
        this.flush = flush;
    }

    /// <summary>Adds <paramref name="item"/> to the next batch and returns its result once that batch is written.</summary>
    public async Task<TResult> SubmitAsync(TItem item, CancellationToken cancellationToken = default)
    {
        var request = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (gate)
        {
            pending.Add(request);
            lead = !flushing;
            flushing = true;
        }

        if (lead)
        {
            await FlushAllAsync().ConfigureAwait(false);
        }

        return await request.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task FlushAllAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (gate)
            {
                if (pending.Count == 0)
                {
                    flushing = false;
                    return;
                }

                batch = pending;
                pending = [];
            }

            try
            {
                var results = await flush([.. batch.Select(p => p.Item)]).ConfigureAwait(false);
                if (results.Count != batch.Count)
                {
                    throw new InvalidOperationException($"A group commit returned {results.Count} results for {batch.Count} items.");
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Result.TrySetResult(results[i]);
                }
            }
#pragma warning disable CA1031 // Every waiting caller gets the failure; none is left hanging.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var request in batch)
                {
                    request.Result.TrySetException(ex);
                }
            }
        }
    }

    /// <summary>One caller's item and where its answer goes.</summary>
    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Result);
}
