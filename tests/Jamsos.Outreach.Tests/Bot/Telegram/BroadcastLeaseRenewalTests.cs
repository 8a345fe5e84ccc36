using Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary><see cref="BroadcastLease"/> on a real store with a short lease: renewed while held, lost when taken over, given back on dispose.</summary>
// A 600 ms lease renewed by a timer: beside engines training on both cores the renewal once waited past the lease.
[Collection(TimingCollectionDefinition.Name)]
public sealed class BroadcastLeaseRenewalTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(600);

    private readonly TempDatabase database = new();
    private SqliteBroadcastStore store = null!;

    public async Task InitializeAsync()
    {
        await database.Database.CheckAsync();
        store = new SqliteBroadcastStore(database.Database, TimeProvider.System);
        await store.CreateAsync("b1", "telegram", "sha", ["1", "2"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        database.Dispose();
    }

    [Fact]
    public async Task TryTakeAsync_HeldByAnother_ReturnsNull()
    {
        await using var first = await TakeAsync("a");

        var second = await TakeAsync("b");

        Assert.Null(second);
    }

    [Fact]
    public async Task Renewal_PastTheLeaseDuration_KeepsItFromOthers()
    {
        await using var lease = await TakeAsync("a");

        await Task.Delay(Short * 3);

        Assert.Equal((true, false), (lease!.IsHeld, await store.TryLeaseAsync("b1", "b", Short)));
    }

    [Fact]
    public async Task Renewal_AfterAnotherHolderTookIt_MarksTheLeaseLost()
    {
        await using var lease = await TakeAsync("a");
        var lost = new TaskCompletionSource();
        using var registration = lease!.Lost.Register(lost.SetResult);

        database.Execute("UPDATE broadcasts SET lease_holder = 'b', lease_until = '2999-01-01T00:00:00.0000000Z' WHERE id = 'b1';");
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(lease.IsHeld);
    }

    [Fact]
    public async Task DisposeAsync_GivesTheLeaseBack()
    {
        var lease = await TakeAsync("a");

        await lease!.DisposeAsync();

        Assert.True(await store.TryLeaseAsync("b1", "b", TimeSpan.FromMinutes(1)));
    }

    private Task<BroadcastLease?> TakeAsync(string holder) =>
        BroadcastLease.TryTakeAsync(store, "b1", holder, Short, TimeProvider.System, CancellationToken.None);
}
