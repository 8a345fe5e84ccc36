using Jamsos.Outreach.Bot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Handled platform update ids in processed_updates, claimed once across every instance: the primary key
/// decides, and <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c> names exactly the ids this statement
/// inserted. Claims made at the same moment in this process go in one statement (one round trip, one
/// commit) through <see cref="GroupCommit{TItem, TResult}"/>, as arrays unnested on the server.
/// </summary>
internal sealed class PostgresProcessedUpdateStore : IProcessedUpdateStore
{
    // Rows go in sorted: two instances claiming overlapping batches then take the unique-index locks in the
    // same order, so one waits for the other instead of both deadlocking (40P01, seen under load in CI).
    private const string ClaimSql =
        "INSERT INTO processed_updates (channel, update_id, at) SELECT c, u, @at FROM unnest(@channels, @ids) AS t (c, u) ORDER BY c, u " +
        "ON CONFLICT (channel, update_id) DO NOTHING RETURNING channel, update_id;";

    private readonly PostgresDatabase database;
    private readonly TimeProvider clock;
    private readonly GroupCommit<(string Channel, string UpdateId), bool> claims;

    public PostgresProcessedUpdateStore(PostgresDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
        claims = new GroupCommit<(string Channel, string UpdateId), bool>(batch =>
            database.WriteAsync((connection, transaction, ct) => ClaimAsync(connection, transaction, batch, ct), CancellationToken.None));
    }

    public Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(updateId);
        return claims.SubmitAsync((channel, updateId), cancellationToken);
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM processed_updates WHERE at < @before;", ct, ("before", PostgresDatabase.Utc(before))),
            cancellationToken);

    private async Task<IReadOnlyList<bool>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(string Channel, string UpdateId)> batch, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(ClaimSql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]>("channels", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. batch.Select(b => b.Channel)] });
            command.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. batch.Select(b => b.UpdateId)] });
            command.Parameters.AddWithValue("at", PostgresDatabase.Utc(clock.GetUtcNow()));
            var inserted = new HashSet<(string, string)>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    inserted.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            // The same id twice in one batch was inserted once: the first claim wins, the repeat is a duplicate.
            return [.. batch.Select(claim => inserted.Remove(claim))];
        }
    }
}
