using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>The one-row person_hash_salt table: the first salt written wins, every later start reads it.</summary>
internal sealed class SqlitePersonHashSaltStore : IPersonHashSaltStore
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    public SqlitePersonHashSaltStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public Task<byte[]> GetOrCreateAsync(byte[] candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var insert = SqliteDatabase.Command(
                    connection,
                    transaction,
                    "INSERT INTO person_hash_salt (id, salt, created_at) VALUES (1, $salt, $at) ON CONFLICT (id) DO NOTHING;");
                await using (insert.ConfigureAwait(false))
                {
                    insert.Parameters.AddWithValue("$salt", candidate);
                    insert.Parameters.AddWithValue("$at", SqliteTime.ToText(clock.GetUtcNow()));
                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                var read = SqliteDatabase.Command(connection, transaction, "SELECT salt FROM person_hash_salt WHERE id = 1;");
                await using (read.ConfigureAwait(false))
                {
                    return (byte[])(await read.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
                }
            },
            cancellationToken);
    }
}
