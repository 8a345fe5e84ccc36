using Jamsos.Outreach.Bot.Storage.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

public sealed class StorageOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(":memory:")]
    [InlineData("Data Source=jamsos;Mode=Memory")]
    [InlineData("Data Source=/srv/jamsos.db;Mode=ReadOnly")]
    public void Validate_UnusableConnectionString_Fails(string connectionString)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_ZeroBusyTimeout_Fails()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { BusyTimeout = TimeSpan.Zero });

        Assert.True(result.Failed);
    }
}
