using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// The Discord command-set hash per scope in command_hashes: with several instances a file per machine
/// would let each one re-register the same commands, so the hash is shared like everything else.
/// </summary>
internal sealed class PostgresCommandHashStore : ICommandHashStore
{
    private readonly PostgresDatabase database;
    private readonly TimeProvider clock;

    public PostgresCommandHashStore(PostgresDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public async Task<string?> GetAsync(string scope, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(connection, null, "SELECT hash FROM command_hashes WHERE scope = @scope;", r => r.GetString(0), ct, ("scope", scope)),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task SetAsync(string scope, string hash, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO command_hashes (scope, hash, updated_at) VALUES (@scope, @hash, @at) ON CONFLICT (scope) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at;",
                ct,
                ("scope", scope),
                ("hash", hash),
                ("at", PostgresDatabase.Utc(clock.GetUtcNow()))),
            cancellationToken);
}
