using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class GatewayClientTests
{
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 5)]
    public void InvalidSessionDelay_IsBetweenOneAndFiveSeconds(double random, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, GatewayClient.InvalidSessionDelay(random).TotalSeconds, 3);
    }
}
