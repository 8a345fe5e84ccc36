using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task WaitAsync_130Frames_NeverMoreThan120InAnyMinuteWithRoomKeptForHeartbeats()
    {
        // Virtual time: every wait moves the clock by exactly its length, so a busy machine cannot stretch
        // the minute (a scaled clock turned a 30 ms stall into a minute and made the lower bound flaky).
        var clock = TestClock.Virtual(new DateTimeOffset(2026, 12, 5, 5, 0, 0, TimeSpan.Zero));
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
