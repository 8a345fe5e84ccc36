namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// The JKP cash rules in force from <see cref="Effective"/>: PP 37/2021 (45% for months 1-3, 25% for
/// months 4-6, claim within 3 months) or PP 6/2025 (60% for up to 6 months, claim within 6 months).
/// </summary>
public sealed record JkpRegime(
    string Regulation,
    DateOnly Effective,
    IReadOnlyList<decimal> MonthlyRates,
    int ClaimWindowMonths,
    decimal WageCap)
{
    public decimal MaxMonthly => MonthlyRates.Max() * WageCap;

    public decimal MaxTotal => MonthlyRates.Sum() * WageCap;

    /// <summary>The cash benefit for each month, given the last wage reported to BPJS.</summary>
    public IReadOnlyList<decimal> Payments(decimal lastReportedWage)
    {
        var wage = Math.Min(Math.Max(0, lastReportedWage), WageCap);
        return MonthlyRates.Select(rate => rate * wage).ToArray();
    }
}
