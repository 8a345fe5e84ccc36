using Jamsos.Outreach.Knowledge.Rules;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Rules;

public sealed class DiscountPeriodTests
{
    private static readonly DiscountPeriod Period = new(Sector.Other, new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 1), 0.5m, "PP 50/2025");

    [Theory]
    [InlineData("2026-03-31", false)]
    [InlineData("2026-04-01", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void Covers_Date_TrueForEveryDayOfCoveredMonths(string date, bool covered)
    {
        var result = Period.Covers(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(covered, result);
    }

    [Fact]
    public void HasEndedBy_LastDayOfLastMonth_IsFalse()
    {
        var ended = Period.HasEndedBy(new DateOnly(2026, 12, 31));

        Assert.False(ended);
    }

    [Fact]
    public void HasNotStartedBy_DayBeforeFirstMonth_IsTrue()
    {
        var notStarted = Period.HasNotStartedBy(new DateOnly(2026, 3, 31));

        Assert.True(notStarted);
    }

    [Fact]
    public void Apply_Amount_CutsByRate()
    {
        var amount = Period.Apply(16_800m);

        Assert.Equal(8_400m, amount);
    }
}
