using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>Perisai agents in the agents table, keyed by referral code (NOCASE: unique and found ignoring case).</summary>
internal sealed class SqliteAgentStore : IAgentStore
{
    private const string Table = "agents";

    private readonly SqliteDatabase database;

    public SqliteAgentStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public Task<bool> AddAsync(Agent agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                // DO NOTHING on a taken code: the caller draws another code rather than catching an exception.
                var command = SqliteDatabase.Command(
                    connection,
                    transaction,
                    "INSERT INTO agents (code, name, region, created_at) VALUES ($code, $name, $region, $created_at) ON CONFLICT (code) DO NOTHING;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$code", agent.Code);
                    command.Parameters.AddWithValue("$name", agent.Name);
                    command.Parameters.AddWithValue("$region", agent.Region);
                    command.Parameters.AddWithValue("$created_at", SqliteTime.ToText(agent.CreatedAt));
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT code, name, region, created_at FROM agents ORDER BY created_at, code;", _ => { }, cancellationToken);

    public async Task<Agent?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var found = await QueryAsync(
            "SELECT code, name, region, created_at FROM agents WHERE code = $code;",
            c => c.Parameters.AddWithValue("$code", code),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private Task<IReadOnlyList<Agent>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Agent>>(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, sql);
                await using (command.ConfigureAwait(false))
                {
                    bind(command);
                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        var list = new List<Agent>();
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            list.Add(new Agent(reader.GetString(0), reader.GetString(1), reader.GetString(2), SqliteTime.Parse(reader.GetString(3), Table, "created_at")));
                        }

                        return list;
                    }
                }
            },
            cancellationToken);
}
