using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// What a BPU pays each month for a declared income, sector and date. Amounts in rupiah. The discounted
/// figures are null when no discount is in force for that sector and month.
/// </summary>
public sealed record ContributionQuote(
    decimal DeclaredIncome,
    Sector Sector,
    DateOnly AsOf,
    IncomeBand Band,
    decimal? BandUpperBound,
    decimal Jkk,
    decimal Jkm,
    decimal Jht,
    DiscountPeriod? Discount,
    DiscountPeriod? SectorPeriod)
{
    /// <summary>
    /// False when the person did not say their sector and the figure was computed as "other sectors" because on that
    /// date the sector does not change the amount: the text then tells each sector's discount period, never one
    /// sector's countdown as if it were theirs.
    /// </summary>
    public bool SectorStated { get; init; } = true;

    /// <summary>JKK + JKM at the normal rate.</summary>
    public decimal Normal => Jkk + Jkm;

    public decimal NormalWithJht => Normal + Jht;

    /// <summary>JKK + JKM with the discount in force; null when none is.</summary>
    public decimal? Discounted => Discount is null ? null : Discount.Apply(Jkk) + Discount.Apply(Jkm);

    public decimal? DiscountedWithJht => Discounted + Jht;

    /// <summary>What is payable this month: the discounted amount when a discount is in force.</summary>
    public decimal Payable => Discounted ?? Normal;
}

public static class DiscountPeriodMath
{
    /// <summary>
    /// Applies the cut to one programme's amount. How BPJS rounds half rupiahs under the discount is not
    /// known (facts B12 note), so the exact half is kept rather than guessed.
    /// </summary>
    public static decimal Apply(this DiscountPeriod period, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(period);
        return amount * (1 - period.Rate);
    }
}
