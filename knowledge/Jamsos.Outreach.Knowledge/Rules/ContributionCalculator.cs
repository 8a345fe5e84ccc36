using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// The BPU contribution for a declared income: band → base income; JKK = rate × base; JKM flat;
/// optional JHT = rate × base; the PP 50/2025 discount on JKK + JKM when in force for the sector and
/// month of <c>asOf</c>. Pure: the date is passed in (from a <see cref="TimeProvider"/> at the edge).
/// </summary>
public sealed class ContributionCalculator
{
    private readonly DataCatalog catalog;
    private readonly decimal jkkRate;
    private readonly decimal jkmFlat;
    private readonly decimal jhtRate;

    public ContributionCalculator(DataCatalog catalog, DiscountPolicy discounts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
        Discounts = discounts;
        jkkRate = catalog.Number("iuran.jkk_rate");
        jkmFlat = catalog.Number("iuran.jkm_flat");
        jhtRate = catalog.Number("iuran.jht_rate");
    }

    public DiscountPolicy Discounts { get; }

    public BandTable Bands => catalog.Bands;

    public ContributionQuote Calculate(decimal declaredIncome, Sector sector, DateOnly asOf)
    {
        var income = Math.Max(0, declaredIncome);
        var band = catalog.Bands.For(income);
        var discount = sector == Sector.GovernmentPaid ? null : Discounts.InForce(sector, asOf);
        return new ContributionQuote(
            income,
            sector,
            asOf,
            band,
            catalog.Bands.UpperBound(band),
            Jkk: band.Base * jkkRate,
            Jkm: jkmFlat,
            Jht: band.Base * jhtRate,
            discount,
            Discounts.PeriodFor(sector));
    }

    public ContributionQuote Calculate(decimal declaredIncome, Sector sector, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Calculate(declaredIncome, sector, Today(clock));
    }

    /// <summary>Today's date in Indonesia's western time zone (UTC+7), where our users live.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
    }
}
