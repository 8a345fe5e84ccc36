namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// A contribution discount for one sector over whole contribution months, first to last inclusive.
/// Months are represented by their first day.
/// </summary>
public sealed record DiscountPeriod(Sector Sector, DateOnly FirstMonth, DateOnly LastMonth, decimal Rate, string Regulation)
{
    /// <summary>The first calendar day of the period (the first day of its first month).</summary>
    public DateOnly FirstDay => FirstMonth;

    /// <summary>The last calendar day of the period (the last day of its last month).</summary>
    public DateOnly LastDay => LastMonth.AddMonths(1).AddDays(-1);

    public bool Covers(DateOnly date)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        return month >= FirstMonth && month <= LastMonth;
    }

    public bool HasEndedBy(DateOnly date) => new DateOnly(date.Year, date.Month, 1) > LastMonth;

    public bool HasNotStartedBy(DateOnly date) => new DateOnly(date.Year, date.Month, 1) < FirstMonth;

    /// <summary>
    /// Days of the period left on <paramref name="date"/>, that day included: 1 on the last day, 0 once
    /// it has ended. Before the period starts, every day of it is left.
    /// </summary>
    public int DaysLeft(DateOnly date) =>
        Math.Max(0, LastDay.DayNumber - Math.Max(date.DayNumber, FirstDay.DayNumber) + 1);

    /// <summary>Days from <paramref name="date"/> until the first day (0 once it has started).</summary>
    public int DaysUntilStart(DateOnly date) => Math.Max(0, FirstDay.DayNumber - date.DayNumber);
}
