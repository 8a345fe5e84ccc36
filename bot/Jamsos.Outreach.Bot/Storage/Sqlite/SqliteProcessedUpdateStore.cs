using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Handled platform update ids in processed_updates. The primary key makes the mark atomic: of two
/// deliveries of one update, exactly one insert succeeds.
/// </summary>
internal sealed class SqliteProcessedUpdateStore : IProcessedUpdateStore
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    public SqliteProcessedUpdateStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public async Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(updateId);
        var at = SqliteTime.ToText(clock.GetUtcNow());
        var inserted = await database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(
                    connection,
                    transaction,
                    "INSERT INTO processed_updates (channel, update_id, at) VALUES ($channel, $update_id, $at) ON CONFLICT (channel, update_id) DO NOTHING;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$channel", channel);
                    command.Parameters.AddWithValue("$update_id", updateId);
                    command.Parameters.AddWithValue("$at", at);
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return inserted == 1;
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
}
