using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A real SQLite file in a throw-away folder, with a <see cref="SqliteDatabase"/> on it. Stores are
/// tested against a file, not ":memory:", because WAL, pooling and the pragmas only exist on files.
/// Deleted on dispose.
/// </summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteDatabase> opened = [];

    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "jamsos-outreach-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "jamsos.db");
        Database = Open();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public SqliteDatabase Database { get; }

    /// <summary>Another <see cref="SqliteDatabase"/> on the same file, as a restarted bot would have; disposed with this.</summary>
    public SqliteDatabase Open(string? path = null, TimeSpan? busyTimeout = null)
    {
        var options = new StorageOptions { ConnectionString = path ?? FilePath, BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5) };
        var database = new SqliteDatabase(Options.Create(options));
        opened.Add(database);
        return database;
    }

    /// <summary>A plain connection outside the product code, for looking at the file as a third party would.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var database in opened)
        {
            database.Dispose();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
