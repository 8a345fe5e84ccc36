using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// Looks for the person in every row of every table of a PostgreSQL database, the tables listed from
/// information_schema (every schema but the system ones), so a table added later is scanned too. Each row
/// is read as its JSON text (row_to_json), which spells out every column whatever its type; bytea comes out
/// as hex ("\\x…"), so those runs are decoded and scanned as well.
/// </summary>
internal static partial class PostgresTraceScan
{
    public static async Task<IReadOnlyList<TraceFinding>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var findings = new List<TraceFinding>();
        foreach (var (schema, table) in await TableNamesAsync(connection))
        {
            await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM {Quote(schema)}.{Quote(table)} t;", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var json = reader.GetString(0);
                findings.AddRange(TraceFinding.In(schema + "." + table, json));
                findings.AddRange(ByteaRuns().Matches(json).SelectMany(m => TraceFinding.In(schema + "." + table + " (bytea)", Encoding.Latin1.GetString(Convert.FromHexString(m.Groups[1].Value)))));
            }
        }

        return findings;
    }

    public static async Task<IReadOnlyList<(string Schema, string Table)>> TableNamesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_schema, table_name FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2;",
            connection);
        var names = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add((reader.GetString(0), reader.GetString(1)));
        }

        return names;
    }

    // row_to_json writes bytea as "\\x" and an even number of hex digits (the backslash escaped in JSON).
    [GeneratedRegex(@"\\\\x((?:[0-9a-f]{2})+)")]
    private static partial Regex ByteaRuns();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
