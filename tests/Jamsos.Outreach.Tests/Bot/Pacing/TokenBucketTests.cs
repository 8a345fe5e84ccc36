using Jamsos.Outreach.Bot.Core.Pacing;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Pacing;

public sealed class TokenBucketTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WaitTime_WithinTheBurst_IsZero()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(1, 3, clock);
        bucket.Take();
        bucket.Take();

        var wait = bucket.WaitTime();

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void WaitTime_BurstSpent_IsTheTimeToRefillOneToken()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(2, 3, clock);
        for (var i = 0; i < 3; i++)
        {
            bucket.Take();
        }

        var wait = bucket.WaitTime();

        Assert.Equal(TimeSpan.FromSeconds(0.5), wait);
    }

    [Fact]
    public void WaitTime_AfterTheRefillTime_IsZero()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(30, 1, clock);
        bucket.Take();

        clock.Advance(TimeSpan.FromSeconds(1.0 / 30));

        Assert.Equal(TimeSpan.Zero, bucket.WaitTime());
    }

    [Fact]
    public void WaitTime_LongQuiet_RefillsNoMoreThanTheCapacity()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(1, 3, clock);
        clock.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < 3; i++)
        {
            bucket.Take();
        }

        var wait = bucket.WaitTime();

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public void WaitTime_CapacityBelowOne_StillLetsOneThrough()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(1, 0, clock);

        var wait = bucket.WaitTime();

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void IsFull_RightAfterATake_IsFalse()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(1, 3, clock);

        bucket.Take();

        Assert.False(bucket.IsFull());
    }

    [Fact]
    public void IsFull_AfterRefillingEveryTakenToken_IsTrue()
    {
        var clock = new TestClock(Start);
        var bucket = new TokenBucket(1, 3, clock);
        bucket.Take();
        bucket.Take();

        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(bucket.IsFull());
    }
}
