using Jamsos.Outreach.Tests.Bot.Privacy.Check;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy;

/// <summary>
/// The privacy check's scans cover tables no store knows about: a table a later migration adds (and a store
/// then forgets in /hapus) is scanned without anyone editing a list.
/// </summary>
public sealed class TraceScanTests
{
    [Fact]
    public async Task SqliteTablesAsync_TableNoStoreKnowsAbout_FindsThePersonInIt()
    {
        var folder = Directory.CreateTempSubdirectory("jamsos-trace-scan").FullName;
        var path = Path.Combine(folder, "future.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE added_later (note TEXT, amount INTEGER); INSERT INTO added_later VALUES ('dari Wulandari', 6281234567890);";
            await command.ExecuteNonQueryAsync();
        }

        var found = await SqliteTraceScan.TablesAsync(path);

        Directory.Delete(folder, recursive: true);
        Assert.Equal(["added_later.amount phone", "added_later.note name"], found.Select(f => f.Where + " " + f.Label).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostgresTablesAsync_TableInAnotherSchemaNoStoreKnowsAbout_FindsThePersonInIt()
    {
        await using var database = await TempPostgresDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE SCHEMA later; CREATE TABLE later.added (note text, person bytea); INSERT INTO later.added VALUES ('kucing', convert_to('" + ThePerson.PersonHash + "', 'UTF8'));");

        var found = await PostgresTraceScan.TablesAsync(database.ConnectionString);

        Assert.Equal(["later.added (bytea)"], found.Select(f => f.Where).Distinct());
    }
}
