using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>Bringing the schema up to date: the numbered steps of <see cref="SchemaMigrations"/>, each applied once.</summary>
internal sealed partial class SqliteDatabase
{
    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            connection,
            null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);",
            cancellationToken).ConfigureAwait(false);

        for (var version = 1; version <= SchemaMigrations.All.Count; version++)
        {
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                // Read inside the write transaction: a second process starting at the same moment waits
                // here and then sees the version the first one applied, instead of applying it twice.
                var current = await ScalarAsync(connection, transaction, "SELECT MAX(version) FROM schema_version;", cancellationToken).ConfigureAwait(false);
                if (current > SchemaMigrations.All.Count)
                {
                    throw new StorageException(
                        $"The database file {FilePath} has schema version {current}, newer than this bot knows ({SchemaMigrations.All.Count}). Run the newer bot or restore a backup.");
                }

                if (current >= version)
                {
                    continue;
                }

                await ExecuteAsync(connection, transaction, SchemaMigrations.All[version - 1], cancellationToken).ConfigureAwait(false);
                var record = Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES ($version, $at);");
                await using (record.ConfigureAwait(false))
                {
                    record.Parameters.AddWithValue("$version", version);
                    record.Parameters.AddWithValue("$at", SqliteTime.ToText(DateTimeOffset.UtcNow));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
    }
}
