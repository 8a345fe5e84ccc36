using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IProcessedUpdateStore"/> does: an update id is claimed once, across instances too.</summary>
public abstract class ProcessedUpdateStoreContract : StoreContract
{
    [Fact]
    public async Task TryMarkAsync_SameIdTwice_SecondIsADuplicate()
    {
        var first = await Backend.ProcessedUpdates().TryMarkAsync("telegram", "42");

        var second = await Backend.ProcessedUpdates().TryMarkAsync("telegram", "42");

        Assert.Equal((true, false), (first, second));
    }

    [Fact]
    public async Task TryMarkAsync_SameIdOnAnotherChannel_IsNotADuplicate()
    {
        await Backend.ProcessedUpdates().TryMarkAsync("telegram", "42");

        var other = await Backend.ProcessedUpdates().TryMarkAsync("discord", "42");

        Assert.True(other);
    }

    [Fact]
    public async Task TryMarkAsync_SameIdOnTwoInstancesAtOnce_WinsExactlyOnce()
    {
        var claims = Enumerable.Range(0, 40).Select(i => Task.Run(() => Backend.ProcessedUpdates(i % 2).TryMarkAsync("telegram", "7")));

        var results = await Task.WhenAll(claims);

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task TryMarkAsync_ManyIdsEachDeliveredToBothInstances_EachWinsExactlyOnce()
    {
        var claims = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
            (Id: i / 2, Won: await Backend.ProcessedUpdates(i % 2).TryMarkAsync("telegram", (i / 2).ToString(CultureInfo.InvariantCulture)))));

        var results = await Task.WhenAll(claims);

        Assert.All(results.GroupBy(r => r.Id), g => Assert.Equal(1, g.Count(r => r.Won)));
    }

    [Fact]
    public async Task PruneAsync_OlderIds_AreForgottenAndNewerKept()
    {
        await Backend.ProcessedUpdates().TryMarkAsync("telegram", "old");
        Backend.Clock.Advance(TimeSpan.FromDays(2));
        await Backend.ProcessedUpdates().TryMarkAsync("telegram", "new");

        var pruned = await Backend.ProcessedUpdates().PruneAsync(Backend.Clock.Now.AddDays(-1));

        Assert.Equal((1, true, false), (pruned, await Backend.ProcessedUpdates().TryMarkAsync("telegram", "old"), await Backend.ProcessedUpdates().TryMarkAsync("telegram", "new")));
    }
}
