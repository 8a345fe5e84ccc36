using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task WaitAsync_130Frames_NeverMoreThan120InAnyMinuteWithRoomKeptForHeartbeats()
    {
        var clock = TestClock.Scaled(2000);
        var limiter = new GatewaySendLimiter(clock);
        var times = new List<DateTimeOffset>();

        for (var i = 0; i < 130; i++)
        {
            await limiter.WaitAsync(heartbeat: i % 10 == 0, CancellationToken.None);
            times.Add(clock.GetUtcNow());
        }

        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(60)).Count()).Max();
        Assert.InRange(busiest, 115, 120);
    }
}
