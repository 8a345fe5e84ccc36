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

    /// <summary>
    /// A flyer is handed out for weeks after its print date: wherever it shows the discounted amount it also
    /// says up to which contribution month that amount holds and what is paid after it (read from the data).
    /// </summary>
    [Theory]
    [InlineData("2025-12-30")]
    [InlineData("2026-02-01")]
    [InlineData("2026-12-31")]
    [InlineData("2027-02-01")]
    [InlineData("2027-03-31")]
    public void Build_DiscountedAmount_SaysItsLastMonthAndTheAmountAfterIt(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var content = new FlyerContentBuilder(fixture.Knowledge).Build(Request(date));

        var discounted = fixture.Knowledge.Catalog.Text("iuran.minimum_discounted", Language.Id);
        var normal = fixture.Knowledge.Catalog.Text("iuran.minimum", Language.Id);
        var lines = content.Amounts.Take(2).Zip(fixture.Knowledge.Live.Periods)
            .Select(x => (Text: $"{x.First.Amount} {x.First.Until} {x.First.Note}", Period: x.Second))
            .Where(x => x.Text.Contains(discounted, StringComparison.Ordinal))
            .ToList();
        var silent = lines.Where(x => !x.Text.Contains(ValueFormatter.Month(x.Period.LastMonth, Language.Id), StringComparison.Ordinal)
            || !x.Text.Contains("sesudahnya " + normal, StringComparison.Ordinal)
            || !x.Text.Contains("kecuali diperpanjang", StringComparison.Ordinal));

        Assert.True(lines.Count > 0 && !silent.Any(), string.Join("\n", content.Amounts.Select(a => $"{a.Amount} | {a.Until} | {a.Note}")));
    }

    /// <summary>On a discount's last day the line under the amount says until when it holds and the normal amount after it.</summary>
    [Fact]
    public void Build_OnTheOtherSectorsLastDay_TheLineUnderTheAmountSaysWhatComesAfter()
    {
        var content = new FlyerContentBuilder(fixture.Knowledge).Build(Request(new DateOnly(2026, 12, 31)));

        var normal = fixture.Knowledge.Catalog.Text("iuran.minimum", Language.Id);
        Assert.Equal($"Sampai iuran Desember 2026; sesudahnya {normal}, kecuali diperpanjang.", content.Amounts[0].Until);
    }

    /// <summary>The periods shown that end within 30 days after the print date (the last day counts): staff are warned.</summary>
    [Theory]
    [InlineData("2026-11-30", "")]
    [InlineData("2026-12-01", "Other")]
    [InlineData("2026-12-31", "Other")]
    [InlineData("2027-01-01", "")]
    [InlineData("2027-03-01", "Transport")]
    [InlineData("2027-03-31", "Transport")]
    [InlineData("2027-04-01", "")]
    public void EndingSoon_PrintDate_ListsThePeriodsEndingWithinThirtyDays(string day, string sectors)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var ending = new FlyerContentBuilder(fixture.Knowledge).EndingSoon(date);

        Assert.Equal(sectors, string.Join(",", ending.Select(p => p.Sector)));
    }

    private static FlyerRequest Request(DateOnly date) =>
        new("Budi", "AGEN01", "JamsosOutreachBot", "https://jamsos-outreach.netlify.app", FlyerSize.A5, date);
}
