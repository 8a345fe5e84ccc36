using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IBroadcastStore"/> does: per-recipient progress and a lease that one holder has at a time.</summary>
public abstract class BroadcastStoreContract : StoreContract
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task CreateAsync_SameIdAndTextAgain_IsAResumeWithTheFirstRecipients()
    {
        var created = await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1", "2"]);

        var again = await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1", "2", "3"]);

        Assert.Equal((true, false, 2), (created, again, (await Backend.Broadcasts().SummaryAsync("b1")).Total));
    }

    [Fact]
    public async Task CreateAsync_SameIdOtherText_Throws()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1"]);

        var create = () => Backend.Broadcasts().CreateAsync("b1", "telegram", "other", ["1"]);

        await Assert.ThrowsAsync<InvalidOperationException>(create);
    }

    [Fact]
    public async Task PendingAsync_AfterSomeAreSet_ReturnsTheRestInOrder()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["30", "10", "20", "-5"]);

        await Backend.Broadcasts().SetAsync("b1", "20", RecipientStatus.Sent);

        Assert.Equal(["-5", "10", "30"], await Backend.Broadcasts().PendingAsync("b1"));
    }

    [Fact]
    public async Task SettleInterruptedAsync_RecipientLeftSending_BecomesUnknownAndIsNotPending()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1", "2", "3", "4"]);
        await Backend.Broadcasts().SetAsync("b1", "1", RecipientStatus.Sending);
        await Backend.Broadcasts().SetAsync("b1", "2", RecipientStatus.Sent);
        await Backend.Broadcasts().SetAsync("b1", "3", RecipientStatus.Blocked);

        var settled = await Backend.Broadcasts().SettleInterruptedAsync("b1");

        Assert.Equal((1, new BroadcastSummary(4, 1, 1, 0, 1, 1)), (settled, await Backend.Broadcasts().SummaryAsync("b1")));
    }

    [Fact]
    public async Task TryLeaseAsync_HeldByAnother_IsRefusedUntilItExpires()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1"]);
        await Backend.Broadcasts().TryLeaseAsync("b1", "instance-a", Minute);

        var whileHeld = await Backend.Broadcasts(1).TryLeaseAsync("b1", "instance-b", Minute);
        Backend.Clock.Advance(Minute + TimeSpan.FromSeconds(1));
        var afterExpiry = await Backend.Broadcasts(1).TryLeaseAsync("b1", "instance-b", Minute);

        Assert.Equal((false, true), (whileHeld, afterExpiry));
    }

    [Fact]
    public async Task TryLeaseAsync_SameHolder_Renews()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1"]);
        await Backend.Broadcasts().TryLeaseAsync("b1", "instance-a", Minute);
        Backend.Clock.Advance(TimeSpan.FromSeconds(50));

        var renewed = await Backend.Broadcasts().TryLeaseAsync("b1", "instance-a", Minute);
        Backend.Clock.Advance(TimeSpan.FromSeconds(50));
        var other = await Backend.Broadcasts(1).TryLeaseAsync("b1", "instance-b", Minute);

        Assert.Equal((true, false), (renewed, other));
    }

    [Fact]
    public async Task ReleaseLeaseAsync_ByTheHolder_LetsAnotherTakeIt()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1"]);
        await Backend.Broadcasts().TryLeaseAsync("b1", "instance-a", Minute);

        await Backend.Broadcasts().ReleaseLeaseAsync("b1", "instance-a");

        Assert.True(await Backend.Broadcasts(1).TryLeaseAsync("b1", "instance-b", Minute));
    }

    [Fact]
    public async Task TryLeaseAsync_ManyHoldersAtOnce_OneWins()
    {
        await Backend.Broadcasts().CreateAsync("b1", "telegram", "sha", ["1"]);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Backend.Broadcasts(i % 2).TryLeaseAsync("b1", "holder-" + i, Minute))));

        Assert.Equal(1, results.Count(r => r));
    }
}
