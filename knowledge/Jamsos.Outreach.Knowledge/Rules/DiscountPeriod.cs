namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// A contribution discount for one sector over whole contribution months, first to last inclusive.
/// Months are represented by their first day.
/// </summary>
public sealed record DiscountPeriod(Sector Sector, DateOnly FirstMonth, DateOnly LastMonth, decimal Rate, string Regulation)
{
    public bool Covers(DateOnly date)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        return month >= FirstMonth && month <= LastMonth;
    }

    public bool HasEndedBy(DateOnly date) => new DateOnly(date.Year, date.Month, 1) > LastMonth;

    public bool HasNotStartedBy(DateOnly date) => new DateOnly(date.Year, date.Month, 1) < FirstMonth;
}
