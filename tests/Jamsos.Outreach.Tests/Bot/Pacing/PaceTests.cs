using Jamsos.Outreach.Bot.Core.Pacing;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Pacing;

public sealed class PaceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WaitAsync_TakenAtOnce_NeverWaits()
    {
        var clock = TestClock.Virtual(Start);

        await Pace.WaitAsync(clock, () => TimeSpan.Zero, CancellationToken.None);

        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task WaitAsync_ToldToWait_WaitsThatLongAndTriesAgain()
    {
        var clock = TestClock.Virtual(Start);
        var answers = new Queue<TimeSpan>([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.Zero]);

        await Pace.WaitAsync(clock, answers.Dequeue, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], clock.Delays);
    }

    [Fact]
    public async Task WaitAsync_SubMillisecondWait_WaitsAWholeMillisecond()
    {
        var clock = TestClock.Virtual(Start);
        var answers = new Queue<TimeSpan>([TimeSpan.FromTicks(3), TimeSpan.Zero]);

        await Pace.WaitAsync(clock, answers.Dequeue, CancellationToken.None);

        Assert.Equal([TimeSpan.FromMilliseconds(1)], clock.Delays);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        var clock = TestClock.Virtual(Start);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Pace.WaitAsync(clock, () => TimeSpan.FromSeconds(1), cancelled.Token));
    }
}
