using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>Perisai agents in the agents table; codes are unique and found ignoring case (the upper(code) index).</summary>
internal sealed class PostgresAgentStore : IAgentStore
{
    private const string Columns = "code, name, region, created_at";

    private readonly PostgresDatabase database;

    public PostgresAgentStore(PostgresDatabase database)
    {
        this.database = database;
    }

    public async Task<bool> AddAsync(Agent agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);

        // DO NOTHING on a taken code (the unique index): the caller draws another code rather than catching an exception.
        var added = await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO agents (" + Columns + ") VALUES (@code, @name, @region, @created_at) ON CONFLICT DO NOTHING;",
                ct,
                ("code", agent.Code),
                ("name", agent.Name),
                ("region", agent.Region),
                ("created_at", PostgresDatabase.Utc(agent.CreatedAt))),
            cancellationToken).ConfigureAwait(false);
        return added == 1;
    }

    public Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(connection, null, "SELECT " + Columns + " FROM agents ORDER BY created_at, code;", Read, ct),
            cancellationToken);

    public async Task<Agent?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var found = await database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection, null, "SELECT " + Columns + " FROM agents WHERE upper(code) = upper(@code);", Read, ct, ("code", code)),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private static Agent Read(Npgsql.NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3));
}
