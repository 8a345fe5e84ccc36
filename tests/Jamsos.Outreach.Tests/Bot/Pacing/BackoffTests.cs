using Jamsos.Outreach.Bot.Core.Pacing;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Pacing;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 1.0, 1000)]
    [InlineData(3, 0.0, 4000)]
    [InlineData(3, 1.0, 8000)]
    [InlineData(20, 1.0, 60000)]
    public void Delay_DoublesPerFailureWithJitterAndCap(int failures, double random, double expectedMs)
    {
        var delay = Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => random);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, 3);
    }

    [Theory]
    [InlineData(-0.5, 500)]
    [InlineData(1.5, 1000)]
    public void Delay_RandomOutsideZeroToOne_StaysBetweenHalfAndAllOfTheStep(double random, double expectedMs)
    {
        var delay = Backoff.Delay(0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => random);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, 3);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Delay_NegativeRetry_WaitsLikeTheFirst(int retry)
    {
        var delay = Backoff.Delay(retry, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1.0);

        Assert.Equal(1000, delay.TotalMilliseconds, 3);
    }

    [Fact]
    public void Delay_HugeRetryCount_StaysAtTheCap()
    {
        var delay = Backoff.Delay(int.MaxValue, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), () => 1.0);

        Assert.Equal(TimeSpan.FromSeconds(30), delay);
    }
}
