using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

public sealed class UserRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_OverTheLimit_GivesOneNoticeThenSilence()
    {
        var limiter = new UserRateLimiter(2, new TestClock(Start));

        var decisions = Enumerable.Range(0, 5).Select(_ => limiter.Check("test:u")).ToList();

        Assert.Equal([RateDecision.Allowed, RateDecision.Allowed, RateDecision.NoticeDue, RateDecision.Silent, RateDecision.Silent], decisions);
    }

    [Fact]
    public void Check_OneUserFlooding_LeavesOthersAllowed()
    {
        var limiter = new UserRateLimiter(1, new TestClock(Start));
        limiter.Check("test:flooder");
        limiter.Check("test:flooder");

        var decision = limiter.Check("test:other");

        Assert.Equal(RateDecision.Allowed, decision);
    }

    [Fact]
    public void Check_AfterTheWindowFrees_AllowsThenNoticesAgain()
    {
        var clock = new TestClock(Start);
        var limiter = new UserRateLimiter(1, clock);
        limiter.Check("test:u");
        limiter.Check("test:u");
        clock.Advance(TimeSpan.FromMinutes(1));

        var decisions = new[] { limiter.Check("test:u"), limiter.Check("test:u") };

        Assert.Equal([RateDecision.Allowed, RateDecision.NoticeDue], decisions);
    }

    [Fact]
    public void Check_LimitOfZero_NeverAllows()
    {
        var limiter = new UserRateLimiter(0, new TestClock(Start));

        var decision = limiter.Check("test:u");

        Assert.Equal(RateDecision.NoticeDue, decision);
    }
}
