using Jamsos.Outreach.Bot.Storage.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>A PostgreSQL connection string given to the SQLite store is refused, not turned into a file named after it.</summary>
public sealed class SqliteServerConnectionStringTests
{
    [Theory]
    [InlineData("Host=db;Database=jamsos;Username=bot")]
    [InlineData("Server=10.0.0.5;Port=5432")]
    [InlineData("host = db ; username = bot")]
    public void Validate_ServerConnectionString_FailsNamingTheProviderSetting(string connectionString)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = connectionString });

        Assert.Contains("set Storage:Provider to Postgres", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/var/lib/jamsos/jamsos.db")]
    [InlineData("Data Source=/var/lib/jamsos/jamsos.db")]
    [InlineData("/data/host=1/jamsos.db")]
    public void Validate_SqliteConnectionString_Succeeds(string connectionString)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = connectionString });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
