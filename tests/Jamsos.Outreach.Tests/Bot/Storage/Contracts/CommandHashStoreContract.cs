using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="ICommandHashStore"/> does: the last registered hash per scope.</summary>
public abstract class CommandHashStoreContract : StoreContract
{
    [Fact]
    public async Task GetAsync_NothingSet_ReturnsNull()
    {
        var hash = await Backend.CommandHashes().GetAsync("global", CancellationToken.None);

        Assert.Null(hash);
    }

    [Fact]
    public async Task GetAsync_SetTwice_ReturnsTheLatestForThatScopeOnly()
    {
        await Backend.CommandHashes().SetAsync("global", "aaa", CancellationToken.None);
        await Backend.CommandHashes().SetAsync("guild-1", "bbb", CancellationToken.None);

        await Backend.CommandHashes().SetAsync("global", "ccc", CancellationToken.None);

        Assert.Equal(("ccc", "bbb"), (await Backend.CommandHashes().GetAsync("global", CancellationToken.None), await Backend.CommandHashes().GetAsync("guild-1", CancellationToken.None)));
    }
}
