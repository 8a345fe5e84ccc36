using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// The one-row person_hash_salt table, shared by every instance on the server. Two instances starting at
/// once: the second insert waits on the primary key for the first to commit, does nothing, and its read
/// (a new snapshot per statement under read committed) returns the first one's salt.
/// </summary>
internal sealed class PostgresPersonHashSaltStore : IPersonHashSaltStore
{
    private readonly PostgresDatabase database;

    public PostgresPersonHashSaltStore(PostgresDatabase database)
    {
        this.database = database;
    }

    public Task<byte[]> GetOrCreateAsync(byte[] candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await PostgresDatabase.ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO person_hash_salt (id, salt, created_at) VALUES (1, @salt, now()) ON CONFLICT (id) DO NOTHING;",
                    ct,
                    ("salt", candidate)).ConfigureAwait(false);
                var rows = await PostgresDatabase.QueryAsync(connection, transaction, "SELECT salt FROM person_hash_salt WHERE id = 1;", r => r.GetFieldValue<byte[]>(0), ct).ConfigureAwait(false);
                return rows[0];
            },
            cancellationToken);
    }
}
