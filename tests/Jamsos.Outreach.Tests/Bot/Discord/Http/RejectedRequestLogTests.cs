using Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord.Http;

public sealed class RejectedRequestLogTests : IDisposable
{
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero));
    private readonly LogCapture logs = new();
    private readonly ILoggerFactory factory;

    public RejectedRequestLogTests()
    {
        factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
    }

    public void Dispose()
    {
        factory.Dispose();
        logs.Dispose();
    }

    [Fact]
    public void Count_HundredRefusalsWithinAMinute_OneLogLine()
    {
        using var log = Create();

        for (var i = 0; i < 100; i++)
        {
            log.Count("BadSignature");
        }

        Assert.Equal((1, 100L), (Lines().Count, log.Total));
    }

    [Fact]
    public void Count_AfterTheMinute_TheNextLineCarriesTheCountSinceTheLast()
    {
        using var log = Create();
        for (var i = 0; i < 100; i++)
        {
            log.Count(i % 2 == 0 ? "BadSignature" : "Stale");
        }

        clock.Advance(TimeSpan.FromSeconds(61));
        log.Count("Missing");

        Assert.Equal("Discord interactions endpoint refused 100 request(s) in the last minute (BadSignature: 49, Missing: 1, Stale: 50)", Lines()[^1]);
    }

    private RejectedRequestLog Create() => new(clock, factory.CreateLogger<RejectedRequestLog>());

    private List<string> Lines() => [.. logs.Lines.Where(l => l.Category.EndsWith(nameof(RejectedRequestLog), StringComparison.Ordinal)).Select(l => l.Text)];
}
