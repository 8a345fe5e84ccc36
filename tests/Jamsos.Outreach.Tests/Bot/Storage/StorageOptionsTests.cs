using Jamsos.Outreach.Bot.Storage.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

public sealed class StorageOptionsTests
{
    [Fact]
    public void TryBuild_BarePath_UsesItAsDataSource()
    {
        var options = new StorageOptions { ConnectionString = "/srv/jamsos/jamsos.db" };

        Assert.Equal("/srv/jamsos/jamsos.db", options.TryBuild()!.DataSource);
    }

    [Fact]
    public void TryBuild_FullConnectionString_UsesItsDataSource()
    {
        var options = new StorageOptions { ConnectionString = "Data Source=/srv/jamsos/jamsos.db;Mode=ReadWriteCreate" };

        Assert.Equal("/srv/jamsos/jamsos.db", options.TryBuild()!.DataSource);
    }

    [Fact]
    public void TryBuild_PathContainingEquals_UsesItAsDataSource()
    {
        var options = new StorageOptions { ConnectionString = "/srv/a=b/jamsos.db" };

        Assert.Equal("/srv/a=b/jamsos.db", options.TryBuild()!.DataSource);
    }

    [Fact]
    public void ConnectionString_Default_IsJamsosDbInTheDataFolder()
    {
        var options = new StorageOptions();

        Assert.Equal(Path.Combine(StorageOptions.DefaultDataFolder(), "jamsos.db"), options.ConnectionString);
    }

    [Fact]
    public void DataFolderFrom_AbsoluteXdgDataHome_UsesIt()
    {
        var folder = StorageOptions.DataFolderFrom("/xdg/data", "/home/u/.local/share");

        Assert.Equal("/xdg/data/jamsos-outreach", folder);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/data")]
    public void DataFolderFrom_NoUsableXdgDataHome_UsesLocalData(string? xdg)
    {
        var folder = StorageOptions.DataFolderFrom(xdg, "/home/u/.local/share");

        Assert.Equal("/home/u/.local/share/jamsos-outreach", folder);
    }
}
