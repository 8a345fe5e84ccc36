using Jamsos.Outreach.Bot.Staff.Flyer;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class FlyerContentBuilderTests
{
    private readonly KnowledgeFixture fixture;

    public FlyerContentBuilderTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    /// <summary>
    /// February 2027: the discount for other sectors ended in December 2026, transport's runs to March
    /// 2027, so the two lines differ. The amounts are what the contribution rules give for that month.
    /// </summary>
    [Fact]
    public void Build_BetweenTheTwoPeriodEnds_EachSectorShowsItsOwnAmount()
    {
        var date = new DateOnly(2027, 2, 1);

        var content = new FlyerContentBuilder(fixture.Knowledge).Build(Request(date));

        var lowest = fixture.Knowledge.Calculator.Bands.Lowest.From;
        var other = fixture.Knowledge.Calculator.Calculate(lowest, Sector.Other, date);
        var transport = fixture.Knowledge.Calculator.Calculate(lowest, Sector.Transport, date);
        Assert.Equal(
            [ValueFormatter.Rupiah(other.Normal, Language.Id) + " per bulan", ValueFormatter.Rupiah(transport.Discounted!.Value, Language.Id) + " per bulan"],
            content.Amounts.Take(2).Select(a => a.Amount));
    }

    [Fact]
    public void Build_BeforeEitherPeriod_SaysWhenTheDiscountStarts()
    {
        var content = new FlyerContentBuilder(fixture.Knowledge).Build(Request(new DateOnly(2025, 12, 30)));

        Assert.All(content.Amounts.Take(2), a => Assert.Contains("mulai iuran", a.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AnyDate_CheckedDateIsTheOldestOfTheFiguresUsed()
    {
        var content = new FlyerContentBuilder(fixture.Knowledge).Build(Request(new DateOnly(2026, 12, 5)));

        string[] used = ["iuran.minimum", "iuran.minimum_discounted", "diskon.transport_end", "diskon.other_end", "jkm.total", "iuran.lapse_months"];
        Assert.Equal(used.Min(k => fixture.Knowledge.Catalog.Get(k).Checked), content.Checked);
    }

    private static FlyerRequest Request(DateOnly date) =>
        new("Budi", "AGEN01", "JamsosOutreachBot", "https://jamsos-outreach.netlify.app", FlyerSize.A5, date);
}
