using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The group-commit claim store keeps the single store's guarantees.</summary>
public sealed class SqliteProcessedUpdateStoreGroupCommitTests : IDisposable
{
    private readonly TempDatabase temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    [Fact]
    public async Task TryMarkAsync_SameIdManyTimesAtOnce_WinsExactlyOnce()
    {
        var store = new SqliteProcessedUpdateStore(temp.Database, TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.TryMarkAsync("telegram", "42"))));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task TryMarkAsync_ManyDistinctAtOnce_AllWinAndAreStored()
    {
        var store = new SqliteProcessedUpdateStore(temp.Database, TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.TryMarkAsync("telegram", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        Assert.Equal((200, 200L), (results.Count(r => r), (long)temp.Scalar("SELECT COUNT(*) FROM processed_updates")!));
    }

    [Fact]
    public async Task TryMarkAsync_AfterARestart_StillKnowsTheId()
    {
        await new SqliteProcessedUpdateStore(temp.Database, TimeProvider.System).TryMarkAsync("telegram", "7");

        var again = await new SqliteProcessedUpdateStore(temp.Open(), TimeProvider.System).TryMarkAsync("telegram", "7");

        Assert.False(again);
    }
}
