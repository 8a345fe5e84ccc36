using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="Jamsos.Outreach.Bot.Core.Storage.IPersonHashSaltStore"/> does: the first salt stored is the one every instance reads.</summary>
public abstract class PersonHashSaltStoreContract : StoreContract
{
    private static readonly byte[] First = Enumerable.Repeat((byte)1, 32).ToArray();
    private static readonly byte[] Second = Enumerable.Repeat((byte)2, 32).ToArray();

    [Fact]
    public async Task GetOrCreateAsync_NoSaltYet_StoresAndReturnsTheCandidate()
    {
        var salt = await Backend.PersonHashSalts().GetOrCreateAsync(First);

        Assert.Equal(First, salt);
    }

    [Fact]
    public async Task GetOrCreateAsync_SaltStoredByAnotherInstance_ReturnsThatOne()
    {
        await Backend.PersonHashSalts(0).GetOrCreateAsync(First);

        var salt = await Backend.PersonHashSalts(1).GetOrCreateAsync(Second);

        Assert.Equal(First, salt);
    }

    [Fact]
    public async Task GetOrCreateAsync_TwoInstancesAtOnce_AgreeOnOneSalt()
    {
        var both = await Task.WhenAll(Backend.PersonHashSalts(0).GetOrCreateAsync(First), Backend.PersonHashSalts(1).GetOrCreateAsync(Second));

        Assert.Equal(both[0], both[1]);
    }
}
