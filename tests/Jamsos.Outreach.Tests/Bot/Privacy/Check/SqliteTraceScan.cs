using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// Looks for the person in an SQLite database two ways: every row of every table the database has
/// (listed from sqlite_master, so a table added later is scanned without editing this), and the raw bytes
/// of every file in the database's folder (the file, its WAL and SHM, a journal, anything else a run left).
/// </summary>
internal static class SqliteTraceScan
{
    public static async Task<IReadOnlyList<TraceFinding>> TablesAsync(string databasePath)
    {
        // Read-only and unpooled: the scan must not change the files it is about to read, nor keep them open.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var findings = new List<TraceFinding>();
        foreach (var table in await TableNamesAsync(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    findings.AddRange(TraceFinding.In(table + "." + reader.GetName(i), Text(reader.GetValue(i))));
                }
            }
        }

        return findings;
    }

    public static async Task<IReadOnlyList<string>> TableNamesAsync(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return await TableNamesAsync(connection);
    }

    /// <summary>Every file in the folder, read while another process may hold it open.</summary>
    public static IReadOnlyList<TraceFinding> Files(string folder) =>
        Directory.EnumerateFiles(folder).SelectMany(file => TraceFinding.InBytes(Path.GetFileName(file), ReadShared(file))).ToList();

    public static byte[] ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static async Task<List<string>> TableNamesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string? Text(object value) => value switch
    {
        DBNull => null,
        byte[] bytes => Encoding.Latin1.GetString(bytes),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
