using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The processed-update store against a real SQLite file.</summary>
public sealed class SqliteProcessedUpdateStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public async Task TryMarkAsync_FirstTime_ReturnsTrue()
    {
        var store = StoreAt(Monday);

        Assert.True(await store.TryMarkAsync("telegram", "1000"));
    }

    [Fact]
    public async Task TryMarkAsync_SameIdAgain_ReturnsFalse()
    {
        var store = StoreAt(Monday);
        await store.TryMarkAsync("telegram", "1000");

        var marked = await store.TryMarkAsync("telegram", "1000");

        Assert.False(marked);
    }

    [Fact]
    public async Task TryMarkAsync_SameIdOnOtherChannel_ReturnsTrue()
    {
        var store = StoreAt(Monday);
        await store.TryMarkAsync("telegram", "1000");

        var marked = await store.TryMarkAsync("discord", "1000");

        Assert.True(marked);
    }

    [Fact]
    public async Task TryMarkAsync_ConcurrentRedeliveries_ExactlyOneWins()
    {
        var store = StoreAt(Monday);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.TryMarkAsync("telegram", "1000"))));

        Assert.Single(results, marked => marked);
    }

    [Fact]
    public async Task PruneAsync_OldAndNewIds_ReturnsOldCount()
    {
        await StoreAt(Monday).TryMarkAsync("telegram", "1");
        await StoreAt(Monday).TryMarkAsync("telegram", "2");
        await StoreAt(Monday.AddDays(2)).TryMarkAsync("telegram", "3");

        var pruned = await StoreAt(Monday.AddDays(2)).PruneAsync(Monday.AddDays(1));

        Assert.Equal(2, pruned);
    }

    [Fact]
    public async Task PruneAsync_OldId_CanBeMarkedAgain()
    {
        await StoreAt(Monday).TryMarkAsync("telegram", "1");
        var later = StoreAt(Monday.AddDays(2));
        await later.PruneAsync(Monday.AddDays(1));

        var marked = await later.TryMarkAsync("telegram", "1");

        Assert.True(marked);
    }

    [Fact]
    public async Task PruneAsync_RecentId_StillDetectedAsDuplicate()
    {
        var store = StoreAt(Monday.AddDays(2));
        await store.TryMarkAsync("telegram", "3");
        await store.PruneAsync(Monday.AddDays(1));

        var marked = await store.TryMarkAsync("telegram", "3");

        Assert.False(marked);
    }

    public void Dispose() => temp.Dispose();

    private SqliteProcessedUpdateStore StoreAt(DateTimeOffset now) => new(temp.Database, new TestClock(now));
}
