using Jamsos.Outreach.Bot.Core.Storage;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>Bringing the schema up to date: the numbered steps of <see cref="PostgresSchemaMigrations"/>, each applied once.</summary>
internal sealed partial class PostgresDatabase
{
    /// <summary>
    /// Any fixed 64-bit key shared by every instance of this bot; the bytes spell "JAMSOS" so a DBA who
    /// sees it in pg_locks can tell whose it is.
    /// </summary>
    internal const long MigrationLockKey = 0x4A414D534F53;

    /// <summary>
    /// One transaction for all of it, under a transaction-scoped advisory lock: two instances starting at
    /// once queue here, and the second finds the schema already current. A session lock
    /// (pg_advisory_lock) would stay held on the pooled connection after Close when an unlock is missed;
    /// the xact lock ends with the transaction, whatever happens. PostgreSQL's DDL is transactional, so a
    /// failed step leaves the previous version whole.
    /// </summary>
    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key);", cancellationToken, ("key", MigrationLockKey)).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                transaction,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL);",
                cancellationToken).ConfigureAwait(false);
            var command = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;");
            int current;
            await using (command.ConfigureAwait(false))
            {
                current = (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            var known = PostgresSchemaMigrations.All.Count;
            if (current > known)
            {
                throw new StorageException(
                    $"The database at {Server} has schema version {current}, newer than this bot knows ({known}). Run the newer bot on it.");
            }

            for (var version = current + 1; version <= known; version++)
            {
                await ExecuteAsync(connection, transaction, PostgresSchemaMigrations.All[version - 1], cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, now());", cancellationToken, ("version", version)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
