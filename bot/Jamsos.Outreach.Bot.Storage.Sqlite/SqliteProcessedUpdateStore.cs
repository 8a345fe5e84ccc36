using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Handled platform update ids in processed_updates. The primary key makes the mark atomic: of two
/// deliveries of one update, exactly one insert succeeds. Group commit: claims made at the same moment
/// (the chats of one batch of updates are handled in parallel) are written in one durable transaction
/// instead of one fsync each; a claim still returns only after it is on disk. Measured through the fake
/// Telegram Bot API: about 840 updates/s with one fsync per claim, over 1,000 with group commit.
/// </summary>
/// <remarks>
/// No background task: the first caller that finds no flush running becomes the leader and writes
/// everything pending, again and again until nothing is left; the others wait for their result.
/// </remarks>
internal sealed class SqliteProcessedUpdateStore : IProcessedUpdateStore
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private List<Claim> pending = [];
    private bool flushing;

    public SqliteProcessedUpdateStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public async Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(updateId);
        var claim = new Claim(channel, updateId, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (gate)
        {
            pending.Add(claim);
            lead = !flushing;
            flushing = true;
        }

        if (lead)
        {
            await FlushAsync().ConfigureAwait(false);
        }

        return await claim.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, "DELETE FROM processed_updates WHERE at < $before;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$before", SqliteTime.ToText(before));
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            cancellationToken);

    private async Task FlushAsync()
    {
        while (true)
        {
            List<Claim> batch;
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
                // Not cancellable: other callers' claims ride on this write.
                var inserted = await database.WriteAsync((connection, transaction, ct) => InsertAsync(connection, transaction, batch, ct), CancellationToken.None).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Result.TrySetResult(inserted[i]);
                }
            }
#pragma warning disable CA1031 // Every waiting caller gets the failure; none is left hanging.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var claim in batch)
                {
                    claim.Result.TrySetException(ex);
                }
            }
        }
    }

    private async Task<bool[]> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, List<Claim> batch, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(
            connection,
            transaction,
            "INSERT INTO processed_updates (channel, update_id, at) VALUES ($channel, $update_id, $at) ON CONFLICT (channel, update_id) DO NOTHING;");
        await using (command.ConfigureAwait(false))
        {
            var channel = command.Parameters.Add("$channel", SqliteType.Text);
            var id = command.Parameters.Add("$update_id", SqliteType.Text);
            command.Parameters.AddWithValue("$at", SqliteTime.ToText(clock.GetUtcNow()));
            var inserted = new bool[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                channel.Value = batch[i].Channel;
                id.Value = batch[i].UpdateId;
                inserted[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            }

            return inserted;
        }
    }

    /// <summary>One caller's claim and where its answer goes.</summary>
    private sealed record Claim(string Channel, string UpdateId, TaskCompletionSource<bool> Result);
}
