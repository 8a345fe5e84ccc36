using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IFeedbackStore"/> does: votes per entry, one per person hash (a later press changes it).</summary>
public abstract class FeedbackStoreContract : StoreContract
{
    private const string Voter = "f00df00df00df00df00df00df00df00d";

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

    [Fact]
    public async Task AddAsync_SamePersonPressesAgain_KeepsOneVoteWithTheLaterChoice()
    {
        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Voter));

        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", false, "telegram", "id", Monday.AddMinutes(1), Voter));

        Assert.Equal([(false, Monday.AddMinutes(1))], (await Backend.Feedback().ListAsync()).Select(f => (f.Helpful, f.At)));
    }

    [Fact]
    public async Task AddAsync_SamePersonFromAnotherInstance_StillOneVote()
    {
        await Backend.Feedback(0).AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Voter));

        await Backend.Feedback(1).AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Voter));

        Assert.Single(await Backend.Feedback().ListAsync());
    }

    [Fact]
    public async Task AddAsync_TwoPeopleOrTwoEntries_KeepsEveryVote()
    {
        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Voter));
        await Backend.Feedback().AddAsync(new Feedback("daftar", "registration", true, "telegram", "id", Monday, Voter));

        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, "another0another0another0another0"));

        Assert.Equal(3, (await Backend.Feedback().ListAsync()).Count);
    }

    [Fact]
    public async Task ListAsync_Vote_ReturnsItsPersonHash()
    {
        await Backend.Feedback().AddAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", Monday, Voter));

        var listed = await Backend.Feedback().ListAsync();

        Assert.Equal(Voter, listed.Single().PersonHash);
    }
}
