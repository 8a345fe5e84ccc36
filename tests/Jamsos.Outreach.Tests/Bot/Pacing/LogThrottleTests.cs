using Jamsos.Outreach.Bot.Core.Pacing;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Pacing;

public sealed class LogThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_TheFirstEvent_IsReportedAtOnce()
    {
        var throttle = new LogThrottle(new TestClock(Start), TimeSpan.FromMinutes(1));

        Assert.Equal(1, throttle.Record());
    }

    [Fact]
    public void Record_ManyEventsWithinTheInterval_AreSilentThenReportedTogether()
    {
        var clock = new TestClock(Start);
        var throttle = new LogThrottle(clock, TimeSpan.FromMinutes(1));
        throttle.Record();
        var dueWithin = Enumerable.Range(0, 1999).Count(_ => throttle.Record() > 0);
        clock.Advance(TimeSpan.FromMinutes(1));

        var next = throttle.Record();

        Assert.Equal((0, 2000L), (dueWithin, next));
    }

    [Fact]
    public void Record_JustBeforeTheIntervalEnds_IsStillSilent()
    {
        var clock = new TestClock(Start);
        var throttle = new LogThrottle(clock, TimeSpan.FromMinutes(1));
        throttle.Record();
        clock.Advance(TimeSpan.FromSeconds(59));

        Assert.Equal(0, throttle.Record());
    }

    [Fact]
    public async Task Record_FromManyThreads_CountsEveryEventOnce()
    {
        var clock = new TestClock(Start);
        var throttle = new LogThrottle(clock, TimeSpan.FromMinutes(1));
        var reported = 0L;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Add(ref reported, throttle.Record());
            }
        })));
        clock.Advance(TimeSpan.FromMinutes(1));

        reported += throttle.Record();

        Assert.Equal(8001, reported);
    }
}
