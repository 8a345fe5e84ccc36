using Jamsos.Outreach.Bot.Core.Pacing;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Pacing;

public sealed class RefusalCounterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    private readonly List<(int Count, string Reasons)> reports = [];

    [Fact]
    public void Count_TheFirstRefusal_IsReportedAtOnce()
    {
        using var counter = Create(new TestClock(Start));

        counter.Count("secret");

        Assert.Equal([(1, "secret: 1")], reports);
    }

    [Fact]
    public void Count_TwoThousandWithinTheMinute_AreOneReportThenOneWithTheRest()
    {
        var clock = new TestClock(Start);
        using var counter = Create(clock);
        for (var i = 0; i < 2000; i++)
        {
            counter.Count(i % 2 == 0 ? "secret" : "body");
        }

        var withinTheMinute = reports.Count;
        clock.Advance(TimeSpan.FromMinutes(1));
        counter.Count("secret");

        Assert.Equal((1, (2000, "body: 1000, secret: 1000"), 2000L + 1), (withinTheMinute, reports[^1], counter.Total));
    }

    [Fact]
    public async Task Count_WhenTheMinuteEndsQuietly_TheTimerReportsTheRest()
    {
        var clock = TestClock.Virtual(Start);
        using var counter = new RefusalCounter(clock, TimeSpan.FromMinutes(1), (count, reasons) =>
        {
            lock (reports)
            {
                reports.Add((count, reasons));
            }
        });

        counter.Count("secret");
        counter.Count("secret");
        for (var i = 0; i < 200 && ReportCount() < 2; i++)
        {
            await Task.Delay(10);
        }

        lock (reports)
        {
            Assert.Equal([(1, "secret: 1"), (1, "secret: 1")], reports);
        }
    }

    private int ReportCount()
    {
        lock (reports)
        {
            return reports.Count;
        }
    }

    private RefusalCounter Create(TimeProvider clock) => new(clock, TimeSpan.FromMinutes(1), (count, reasons) => reports.Add((count, reasons)));
}
