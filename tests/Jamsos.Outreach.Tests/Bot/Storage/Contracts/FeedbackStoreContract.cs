using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IFeedbackStore"/> does.</summary>
public abstract class FeedbackStoreContract : StoreContract
{
    [Fact]
    public async Task ListAsync_AfterAdds_ReturnsThemOldestFirst()
    {
        var later = new Feedback("iuran-bpu", "contribution_amount", false, "discord", "en", Monday.AddHours(1));
        var earlier = new Feedback("daftar", "registration", true, "telegram", "id", Monday);

        await Backend.Feedback().AddAsync(later);
        await Backend.Feedback().AddAsync(earlier);

        Assert.Equal([earlier, later], await Backend.Feedback().ListAsync());
    }

    [Fact]
    public async Task ListAsync_Since_LeavesOutOlderVotes()
    {
        await Backend.Feedback().AddAsync(new Feedback("a", "x", true, "telegram", "id", Monday));
        await Backend.Feedback().AddAsync(new Feedback("b", "x", true, "telegram", "id", Monday.AddDays(1)));

        var listed = await Backend.Feedback().ListAsync(Monday.AddHours(1));

        Assert.Equal(["b"], listed.Select(f => f.EntryId));
    }
}
