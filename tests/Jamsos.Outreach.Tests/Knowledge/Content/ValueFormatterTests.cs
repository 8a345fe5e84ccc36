using Jamsos.Outreach.Knowledge.Content;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

public sealed class ValueFormatterTests
{
    [Theory]
    [InlineData("2026-04-01", "2026-12-01", Language.Id, "April–Desember 2026")]
    [InlineData("2026-01-01", "2027-03-01", Language.Id, "Januari 2026–Maret 2027")]
    [InlineData("2026-01-01", "2027-03-01", Language.En, "January 2026–March 2027")]
    [InlineData("2026-04-01", "2026-04-01", Language.Id, "April 2026")]
    public void MonthRange_TwoMonths_NamesThePeriodInWords(string first, string last, Language language, string expected)
    {
        var text = ValueFormatter.MonthRange(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), language);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Rupiah_Indonesian_GroupsThousandsWithDots()
    {
        var text = ValueFormatter.Rupiah(16_800m, Language.Id);

        Assert.Equal("Rp16.800", text);
    }

    [Fact]
    public void Rupiah_English_GroupsThousandsWithCommas()
    {
        var text = ValueFormatter.Rupiah(16_800m, Language.En);

        Assert.Equal("Rp16,800", text);
    }

    [Fact]
    public void Rupiah_HalfRupiah_KeepsTheDecimalWithIndonesianComma()
    {
        var text = ValueFormatter.Rupiah(18_150.5m, Language.Id);

        Assert.Equal("Rp18.150,5", text);
    }

    [Theory]
    [InlineData(42_000_000, Language.Id, "Rp42 juta")]
    [InlineData(1_500_000, Language.Id, "Rp1,5 juta")]
    [InlineData(42_000_000, Language.En, "Rp42 million")]
    [InlineData(1_500_000, Language.En, "Rp1.5 million")]
    [InlineData(174_000_000, Language.Id, "Rp174 juta")]
    public void RupiahJuta_Millions_WritesMillionsWord(long amount, Language language, string expected)
    {
        var text = ValueFormatter.RupiahJuta(amount, language);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void RupiahJuta_BelowAMillion_FallsBackToFullAmount()
    {
        var text = ValueFormatter.RupiahJuta(500_000m, Language.Id);

        Assert.Equal("Rp500.000", text);
    }

    [Theory]
    [InlineData("0.0036", Language.Id, "0,36%")]
    [InlineData("0.0036", Language.En, "0.36%")]
    [InlineData("0.01", Language.Id, "1%")]
    [InlineData("0.5", Language.En, "50%")]
    public void Percent_Fraction_WritesPercentWithLanguageDecimalMark(string fraction, Language language, string expected)
    {
        var text = ValueFormatter.Percent(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture), language);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(1, Language.Id, "Januari")]
    [InlineData(5, Language.Id, "Mei")]
    [InlineData(8, Language.Id, "Agustus")]
    [InlineData(12, Language.Id, "Desember")]
    [InlineData(5, Language.En, "May")]
    [InlineData(12, Language.En, "December")]
    public void MonthName_Month_IsTheLanguagesName(int month, Language language, string expected)
    {
        var name = ValueFormatter.MonthName(month, language);

        Assert.Equal(expected, name);
    }

    [Fact]
    public void Month_Indonesian_WritesMonthAndYear()
    {
        var text = ValueFormatter.Month(new DateOnly(2027, 3, 1), Language.Id);

        Assert.Equal("Maret 2027", text);
    }

    [Fact]
    public void Date_Indonesian_WritesDayMonthYear()
    {
        var text = ValueFormatter.Date(new DateOnly(2025, 12, 22), Language.Id);

        Assert.Equal("22 Desember 2025", text);
    }

    [Fact]
    public void Date_English_WritesDayMonthYear()
    {
        var text = ValueFormatter.Date(new DateOnly(2025, 2, 7), Language.En);

        Assert.Equal("7 February 2025", text);
    }
}
