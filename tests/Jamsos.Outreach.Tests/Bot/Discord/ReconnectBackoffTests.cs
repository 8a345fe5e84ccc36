using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class ReconnectBackoffTests
{
    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 1.0, 1000)]
    [InlineData(3, 0.0, 4000)]
    [InlineData(3, 1.0, 8000)]
    [InlineData(20, 1.0, 60000)]
    public void Delay_DoublesPerFailureWithJitterAndCap(int failures, double random, double expectedMs)
    {
        var delay = ReconnectBackoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), random);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, 3);
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 5)]
    public void InvalidSessionDelay_IsBetweenOneAndFiveSeconds(double random, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, ReconnectBackoff.InvalidSessionDelay(random).TotalSeconds, 3);
    }
}
