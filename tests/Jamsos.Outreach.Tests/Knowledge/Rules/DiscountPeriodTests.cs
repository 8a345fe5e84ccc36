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

    [Theory]
    [InlineData("2026-03-31", 275)]
    [InlineData("2026-04-01", 275)]
    [InlineData("2026-12-04", 28)]
    [InlineData("2026-12-31", 1)]
    [InlineData("2027-01-01", 0)]
    public void DaysLeft_Date_CountsTheDaysOfThePeriodLeftTodayIncluded(string date, int expected)
    {
        var left = Period.DaysLeft(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, left);
    }

    [Fact]
    public void LastDay_PeriodEndingInDecember_IsTheThirtyFirst()
    {
        var last = Period.LastDay;

        Assert.Equal(new DateOnly(2026, 12, 31), last);
    }

    [Theory]
    [InlineData("2026-03-30", 2)]
    [InlineData("2026-03-31", 1)]
    [InlineData("2026-04-01", 0)]
    public void DaysUntilStart_Date_CountsDaysToTheFirstDay(string date, int expected)
    {
        var days = Period.DaysUntilStart(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, days);
    }

    [Fact]
    public void Apply_Amount_CutsByRate()
    {
        var amount = Period.Apply(16_800m);

        Assert.Equal(8_400m, amount);
    }
}
