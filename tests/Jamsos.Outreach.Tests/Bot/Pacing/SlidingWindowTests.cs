using Jamsos.Outreach.Bot.Core.Pacing;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Pacing;

public sealed class SlidingWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WaitTime_BelowTheLimit_IsZero()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(3, TimeSpan.FromMinutes(1), clock);
        window.Take();
        window.Take();

        var wait = window.WaitTime();

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void WaitTime_AtTheLimit_LastsUntilTheOldestTakeLeavesTheWindow()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(2, TimeSpan.FromMinutes(1), clock);
        window.Take();
        clock.Advance(TimeSpan.FromSeconds(10));
        window.Take();
        clock.Advance(TimeSpan.FromSeconds(5));

        var wait = window.WaitTime();

        Assert.Equal(TimeSpan.FromSeconds(45), wait);
    }

    [Fact]
    public void WaitTime_ExactlyOneWindowAfterTheOldestTake_IsZero()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(1, TimeSpan.FromMinutes(1), clock);
        window.Take();

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.Zero, window.WaitTime());
    }

    [Fact]
    public void WaitTime_SmallerBudget_WaitsForTheTakeThatFreesRoomUnderIt()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(4, TimeSpan.FromSeconds(60), clock);
        for (var i = 0; i < 4; i++)
        {
            window.Take();
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        var wait = window.WaitTime(2);

        Assert.Equal(TimeSpan.FromSeconds(40), wait);
    }

    [Fact]
    public void WaitTime_BudgetOfZero_NeverLetsOneThrough()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(1, TimeSpan.FromMinutes(1), clock);

        var wait = window.WaitTime(0);

        Assert.Equal(TimeSpan.MaxValue, wait);
    }

    [Fact]
    public void TryTake_WhenFull_RefusesAndCountsNothing()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(1, TimeSpan.FromMinutes(1), clock);
        window.Take();
        clock.Advance(TimeSpan.FromSeconds(30));

        var taken = window.TryTake(out var wait);

        Assert.Equal((false, TimeSpan.FromSeconds(30)), (taken, wait));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(window.IsIdle());
    }

    [Fact]
    public void TryTake_WithRoom_TakesAndSaysNoWait()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(1, TimeSpan.FromMinutes(1), clock);

        var taken = window.TryTake(out var wait);

        Assert.Equal((true, TimeSpan.Zero, false), (taken, wait, window.TryTake(out _)));
    }

    [Fact]
    public void TryTake_LargerBudgetThanTheLimit_FollowsTheBudget()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(1, TimeSpan.FromSeconds(5), clock);
        window.Take();

        var taken = window.TryTake(2, out _);

        Assert.True(taken);
    }

    [Fact]
    public void IsIdle_WhileATakeIsInTheWindow_IsFalse()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(5, TimeSpan.FromMinutes(1), clock);
        window.Take();

        clock.Advance(TimeSpan.FromSeconds(59));

        Assert.False(window.IsIdle());
    }

    [Fact]
    public void IsIdle_AfterEveryTakeLeft_IsTrue()
    {
        var clock = new TestClock(Start);
        var window = new SlidingWindow(5, TimeSpan.FromMinutes(1), clock);
        window.Take();

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(window.IsIdle());
    }
}
