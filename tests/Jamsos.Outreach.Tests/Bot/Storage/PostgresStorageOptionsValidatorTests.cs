using Jamsos.Outreach.Bot.Storage.Postgres;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>Storage:ConnectionString for Storage:Provider=Postgres.</summary>
public sealed class PostgresStorageOptionsValidatorTests
{
    private readonly PostgresStorageOptionsValidator validator = new();

    [Theory]
    [InlineData("")]
    [InlineData("Database=bot;Username=bot")]
    [InlineData("/var/lib/jamsos/jamsos.db")]
    public void Validate_NoServer_Fails(string connectionString)
    {
        var result = validator.Validate(null, new PostgresStorageOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_HostDatabaseUser_Succeeds()
    {
        var result = validator.Validate(null, new PostgresStorageOptions { ConnectionString = "Host=db.internal;Database=jamsos;Username=bot" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_Failure_NeverRepeatsThePassword()
    {
        var result = validator.Validate(null, new PostgresStorageOptions { ConnectionString = "Database=bot;Password=s3cret-pw" });

        Assert.DoesNotContain("s3cret-pw", result.FailureMessage, StringComparison.Ordinal);
    }
}
