using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Rules;

/// <summary>Bands and amounts from content/data/bands.yml and iuran.yml (PP 44/2015), discount from diskon.yml.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class ContributionCalculatorTests
{
    private static readonly DateOnly BeforeDiscount = new(2025, 12, 15);
    private static readonly DateOnly BothDiscounted = new(2026, 11, 21);

    private readonly ContributionCalculator calculator;

    public ContributionCalculatorTests(KnowledgeFixture fixture)
    {
        calculator = fixture.Knowledge.Calculator;
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1_099_999, 1)]
    [InlineData(1_100_000, 2)]
    [InlineData(2_699_999, 9)]
    [InlineData(2_700_000, 10)]
    [InlineData(3_000_000, 10)]
    [InlineData(20_199_999, 32)]
    [InlineData(20_200_000, 33)]
    [InlineData(100_000_000, 33)]
    public void Calculate_Income_FallsInBand(long income, int band)
    {
        var quote = calculator.Calculate(income, Sector.Other, BeforeDiscount);

        Assert.Equal(band, quote.Band.Number);
    }

    [Fact]
    public void Calculate_NegativeIncome_IsTreatedAsLowestBand()
    {
        var quote = calculator.Calculate(-500_000m, Sector.Other, BeforeDiscount);

        Assert.Equal(1, quote.Band.Number);
    }

    [Fact]
    public void Calculate_LowestBand_BaseIsOneMillion()
    {
        var quote = calculator.Calculate(0m, Sector.Other, BeforeDiscount);

        Assert.Equal(1_000_000m, quote.Band.Base);
    }

    [Fact]
    public void Calculate_LowestBand_JkkIsOnePercentOfBase()
    {
        var quote = calculator.Calculate(0m, Sector.Other, BeforeDiscount);

        Assert.Equal(10_000m, quote.Jkk);
    }

    [Fact]
    public void Calculate_AnyBand_JkmIsFlat6800()
    {
        var quote = calculator.Calculate(100_000_000m, Sector.Other, BeforeDiscount);

        Assert.Equal(6_800m, quote.Jkm);
    }

    [Fact]
    public void Calculate_LowestBand_NormalIs16800()
    {
        var quote = calculator.Calculate(0m, Sector.Other, BeforeDiscount);

        Assert.Equal(16_800m, quote.Normal);
    }

    [Fact]
    public void Calculate_LowestBandDuringDiscount_DiscountedIs8400()
    {
        var quote = calculator.Calculate(0m, Sector.Other, BothDiscounted);

        Assert.Equal(8_400m, quote.Discounted);
    }

    [Fact]
    public void Calculate_ThreeMillion_BaseIs2950000()
    {
        var quote = calculator.Calculate(3_000_000m, Sector.Other, BothDiscounted);

        Assert.Equal(2_950_000m, quote.Band.Base);
    }

    [Fact]
    public void Calculate_ThreeMillion_JkkIs29500()
    {
        var quote = calculator.Calculate(3_000_000m, Sector.Other, BothDiscounted);

        Assert.Equal(29_500m, quote.Jkk);
    }

    [Fact]
    public void Calculate_ThreeMillion_NormalIs36300()
    {
        var quote = calculator.Calculate(3_000_000m, Sector.Other, BothDiscounted);

        Assert.Equal(36_300m, quote.Normal);
    }

    [Fact]
    public void Calculate_ThreeMillionDuringDiscount_DiscountedIs18150()
    {
        var quote = calculator.Calculate(3_000_000m, Sector.Other, BothDiscounted);

        Assert.Equal(18_150m, quote.Discounted);
    }

    [Theory]
    [InlineData(20_200_000)]
    [InlineData(100_000_000)]
    public void Calculate_TopBand_BaseIs20700000(long income)
    {
        var quote = calculator.Calculate(income, Sector.Other, BeforeDiscount);

        Assert.Equal(20_700_000m, quote.Band.Base);
    }

    [Fact]
    public void Calculate_TopBand_HasNoUpperBound()
    {
        var quote = calculator.Calculate(100_000_000m, Sector.Other, BeforeDiscount);

        Assert.Null(quote.BandUpperBound);
    }

    [Fact]
    public void Calculate_LowestBand_UpperBoundIsJustBelowBandTwo()
    {
        var quote = calculator.Calculate(0m, Sector.Other, BeforeDiscount);

        Assert.Equal(1_099_999m, quote.BandUpperBound);
    }

    [Theory]
    [InlineData(Sector.Transport, "2025-12-31", false)]
    [InlineData(Sector.Other, "2025-12-31", false)]
    [InlineData(Sector.Transport, "2026-01-01", true)]
    [InlineData(Sector.Other, "2026-01-01", false)]
    [InlineData(Sector.Other, "2026-03-31", false)]
    [InlineData(Sector.Transport, "2026-04-01", true)]
    [InlineData(Sector.Other, "2026-04-01", true)]
    [InlineData(Sector.Transport, "2026-12-31", true)]
    [InlineData(Sector.Other, "2026-12-31", true)]
    [InlineData(Sector.Transport, "2027-01-01", true)]
    [InlineData(Sector.Other, "2027-01-01", false)]
    [InlineData(Sector.Transport, "2027-03-31", true)]
    [InlineData(Sector.Transport, "2027-04-01", false)]
    [InlineData(Sector.Other, "2027-04-01", false)]
    public void Calculate_SectorAndDate_DiscountedOnlyInsideTheSectorsWindow(Sector sector, string date, bool discounted)
    {
        var quote = calculator.Calculate(1_000_000m, sector, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(discounted, quote.Discounted is not null);
    }

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("2026-06-15")]
    [InlineData("2027-02-15")]
    public void Calculate_GovernmentPaid_IsNeverDiscounted(string date)
    {
        var quote = calculator.Calculate(1_000_000m, Sector.GovernmentPaid, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(quote.Discounted);
    }

    [Fact]
    public void Calculate_GovernmentPaidDuringDiscount_PayableIsNormal()
    {
        var quote = calculator.Calculate(1_000_000m, Sector.GovernmentPaid, BothDiscounted);

        Assert.Equal(quote.Normal, quote.Payable);
    }

    [Fact]
    public void Calculate_DuringDiscount_JhtIsTheSameAsWithoutDiscount()
    {
        var before = calculator.Calculate(3_000_000m, Sector.Other, BeforeDiscount);

        var during = calculator.Calculate(3_000_000m, Sector.Other, BothDiscounted);

        Assert.Equal(before.Jht, during.Jht);
    }

    [Fact]
    public void Calculate_ThreeMillion_JhtIsTwoPercentOfBase()
    {
        var quote = calculator.Calculate(3_000_000m, Sector.Other, BothDiscounted);

        Assert.Equal(59_000m, quote.Jht);
    }

    [Fact]
    public void Calculate_DuringDiscount_DiscountedWithJhtAddsFullJht()
    {
        var quote = calculator.Calculate(1_000_000m, Sector.Transport, BothDiscounted);

        Assert.Equal(8_400m + 20_000m, quote.DiscountedWithJht);
    }

    [Fact]
    public void Calculate_DuringDiscount_PayableIsDiscounted()
    {
        var quote = calculator.Calculate(1_000_000m, Sector.Transport, BothDiscounted);

        Assert.Equal(8_400m, quote.Payable);
    }

    [Fact]
    public void Calculate_NoDiscount_DiscountedWithJhtIsNull()
    {
        var quote = calculator.Calculate(1_000_000m, Sector.Other, BeforeDiscount);

        Assert.Null(quote.DiscountedWithJht);
    }

    [Fact]
    public void Calculate_Clock_UsesJakartaDate()
    {
        // 20:00 UTC on 31 March 2026 is already 1 April in Jakarta (UTC+7): the other-BPU discount starts.
        var clock = new TestClock(new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero));

        var quote = calculator.Calculate(1_000_000m, Sector.Other, clock);

        Assert.Equal(new DateOnly(2026, 4, 1), quote.AsOf);
    }
}
