using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// The PP 50/2025 50% cut in BPU JKK and JKM contributions: transport-sector BPU from January 2026 to
/// March 2027, other BPU from April to December 2026, none for BPU paid from APBN/APBD. JHT is never
/// discounted. All figures come from content/data/diskon.yml.
/// </summary>
public sealed class DiscountPolicy
{
    public DiscountPolicy(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var rate = catalog.Number("diskon.rate");
        var regulation = catalog.Text("diskon.regulation", Language.Id);
        Periods =
        [
            new DiscountPeriod(Sector.Transport, catalog.Date("diskon.transport_start"), catalog.Date("diskon.transport_end"), rate, regulation),
            new DiscountPeriod(Sector.Other, catalog.Date("diskon.other_start"), catalog.Date("diskon.other_end"), rate, regulation),
        ];
        Rate = rate;
    }

    public IReadOnlyList<DiscountPeriod> Periods { get; }

    public decimal Rate { get; }

    /// <summary>The period that applies to a sector, whether or not it is in force on a given date.</summary>
    public DiscountPeriod? PeriodFor(Sector sector) => Periods.FirstOrDefault(p => p.Sector == sector);

    /// <summary>The discount in force for the contribution month containing <paramref name="date"/>, or null.</summary>
    public DiscountPeriod? InForce(Sector sector, DateOnly date)
    {
        var period = PeriodFor(sector);
        return period is not null && period.Covers(date) ? period : null;
    }
}
