using Jamsos.Outreach.Tests.Support;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// The life on PostgreSQL (Storage:Provider=Postgres) in a fresh database on the test server, scanned table by
/// table. The server's files are not scanned: PostgreSQL keeps a deleted row's bytes until VACUUM, as the
/// README says.
/// </summary>
public sealed class PostgresPersonLifeFixture : PersonLifeFixture
{
    private TempPostgresDatabase? database;

    private TempPostgresDatabase Database => database ?? throw new InvalidOperationException("The database was not created.");

    public override async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override async Task<IReadOnlyDictionary<string, string>> PrepareAsync()
    {
        database = await TempPostgresDatabase.CreateAsync();
        return new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database.ConnectionString,
        };
    }

    protected override async Task<TraceScan> ScanAsync() => new(await PostgresTraceScan.TablesAsync(Database.ConnectionString), []);
}
