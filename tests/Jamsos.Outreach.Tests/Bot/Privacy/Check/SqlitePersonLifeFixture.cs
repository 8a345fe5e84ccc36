using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>The life on the default store: an SQLite file in a folder of its own, scanned table by table and byte by byte.</summary>
public sealed class SqlitePersonLifeFixture : PersonLifeFixture
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-privacy-check", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(folder, "bot.db");

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing on a slow machine: the OS cleans the temp folder later.
        }

        return Task.CompletedTask;
    }

    protected override Task<IReadOnlyDictionary<string, string>> PrepareAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = DatabasePath,
        });
    }

    protected override async Task<TraceScan> ScanAsync()
    {
        // The raw files first: the table scan's own connection must not be what the bytes show.
        var files = SqliteTraceScan.Files(folder);
        return new TraceScan(await SqliteTraceScan.TablesAsync(DatabasePath), files);
    }
}
