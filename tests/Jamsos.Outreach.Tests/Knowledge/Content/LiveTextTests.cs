using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

/// <summary>The date-aware discount sentence ({{ live.discount_status }}), its countdown, and the site's status phrases.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class LiveTextTests
{
    private static readonly DateOnly Before = new(2025, 12, 15);
    private static readonly DateOnly TransportOnlyEarly = new(2026, 2, 15);
    private static readonly DateOnly Both = new(2026, 11, 21);
    private static readonly DateOnly TransportOnlyLate = new(2027, 2, 15);
    private static readonly DateOnly After = new(2027, 6, 1);

    private readonly LiveText live;
    private readonly DiscountPeriod other;
    private readonly DiscountPeriod transport;

    public LiveTextTests(KnowledgeFixture fixture)
    {
        live = fixture.Knowledge.Live;
        other = fixture.Knowledge.Discounts.PeriodFor(Sector.Other)!;
        transport = fixture.Knowledge.Discounts.PeriodFor(Sector.Transport)!;
    }

    [Fact]
    public void DiscountStatusText_BeforeDuringAfter_AllDiffer()
    {
        var texts = new[] { Before, TransportOnlyEarly, Both, TransportOnlyLate, After }.Select(d => live.DiscountStatusText(Language.Id, d));

        Assert.Equal(5, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("2026-02-15")]
    [InlineData("2026-11-21")]
    [InlineData("2027-02-15")]
    public void DiscountStatusText_During_MentionsDiscountedPrice(string date)
    {
        var text = live.DiscountStatusText(Language.Id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("Rp8.400", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_DuringInEnglish_MentionsDiscountedPriceWithEnglishDigits()
    {
        var text = live.DiscountStatusText(Language.En, Both);

        Assert.Contains("Rp8,400", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_After_SaysItHasEnded()
    {
        var text = live.DiscountStatusText(Language.Id, After);

        Assert.Contains("sudah berakhir", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_Before_SaysWhenItStarts()
    {
        var text = live.DiscountStatusText(Language.Id, Before);

        Assert.StartsWith("Mulai iuran Januari 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_TransportOnlyAfterOthersEnded_SaysOthersEnded()
    {
        var text = live.DiscountStatusText(Language.Id, TransportOnlyLate);

        Assert.Contains("Untuk sektor lain, diskonnya sudah berakhir: kembali Rp16.800 kecuali diperpanjang.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-01-02")]
    [InlineData("2027-02-15")]
    public void DiscountStatusText_OnlyTransportInForce_DoesNotStateTheDiscountedPriceAsEveryonesNow(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var id = live.DiscountStatusText(Language.Id, day);
        var en = live.DiscountStatusText(Language.En, day);

        // It leads with the date and the sector the price still holds for, then says the others are back to normal.
        Assert.StartsWith($"Per {ValueFormatter.Date(day, Language.Id)}, diskon 50% iuran JKK dan JKM (PP 50/2025) masih berlaku untuk transportasi (", id, StringComparison.Ordinal);
        Assert.Contains("hari: paket termurah Rp8.400. Untuk sektor lain, diskonnya sudah berakhir: kembali Rp16.800", id, StringComparison.Ordinal);
        Assert.StartsWith($"As of {ValueFormatter.Date(day, Language.En)}, the 50% discount on JKK and JKM (PP 50/2025) still applies to transport (", en, StringComparison.Ordinal);
        Assert.Contains("For other sectors it has ended: Rp16,800 again unless extended.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountStatusText_During_CarriesItsDate()
    {
        var text = live.DiscountStatusText(Language.Id, Both);

        Assert.Contains("Per 21 November 2026, ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-04", "diskon sektor selain transportasi (iuran April–Desember 2026) tinggal 28 hari")]
    [InlineData("2026-12-04", "diskon transportasi (ojol, opang, sopir, kurir; iuran Januari 2026–Maret 2027) tinggal 118 hari")]
    [InlineData("2026-12-30", "(iuran April–Desember 2026) tinggal 2 hari")]
    [InlineData("2026-12-31", "(iuran April–Desember 2026) berakhir hari ini")]
    [InlineData("2027-01-01", "Untuk sektor lain, diskonnya sudah berakhir: kembali Rp16.800 kecuali diperpanjang")]
    [InlineData("2027-01-01", "iuran Januari 2026–Maret 2027), tinggal 90 hari")]
    [InlineData("2027-03-31", "iuran Januari 2026–Maret 2027), berakhir hari ini")]
    public void DiscountStatusText_AroundTheEnds_CountsTheDaysLeftPerSector(string date, string expected)
    {
        var text = live.DiscountStatusText(Language.Id, Day(date));

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-04-01", true)]
    public void DiscountStatusText_OnceAPeriodHasEnded_GivesTheJmoAnd175Advice(string date, bool advised)
    {
        var text = live.DiscountStatusText(Language.Id, Day(date));

        Assert.Equal(advised, text.Contains("Cek di aplikasi JMO (Jamsostek Mobile) atau Contact Center 175.", StringComparison.Ordinal));
    }

    [Fact]
    public void DiscountStatusText_EnglishOnTheLastDay_SaysItEndsToday()
    {
        var text = live.DiscountStatusText(Language.En, new DateOnly(2026, 12, 31));

        Assert.Contains("the discount for other sectors (April–December 2026) ends today", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountPeriodsText_AnyDay_NamesBothPeriodsInWords()
    {
        var text = live.DiscountPeriodsText(Language.Id);

        Assert.Contains("bulan April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi: ojol, opang, sopir, kurir)", text, StringComparison.Ordinal);
    }

    /// <summary>The site script's phrases, filled in for the other sectors' period (April–December 2026).</summary>
    [Theory]
    [InlineData("2026-03-30", "belum berlaku, mulai 2 hari lagi")]
    [InlineData("2026-03-31", "belum berlaku, mulai besok")]
    [InlineData("2026-04-01", "berlaku sekarang, tinggal 275 hari (sampai 31 Desember 2026)")]
    [InlineData("2026-12-04", "berlaku sekarang, tinggal 28 hari (sampai 31 Desember 2026)")]
    [InlineData("2026-12-30", "berlaku sekarang, tinggal 2 hari (sampai 31 Desember 2026)")]
    [InlineData("2026-12-31", "berlaku sekarang, hari ini hari terakhir (31 Desember 2026)")]
    [InlineData("2027-01-01", "sudah berakhir (kecuali diperpanjang); iuran kembali normal, golongan 1 Rp16.800 per bulan. Cek di aplikasi JMO (Jamsostek Mobile) atau Contact Center 175")]
    public void Status_OtherSectorsAroundTheirPeriod_SaysWhatTheScriptSays(string date, string expected)
    {
        var text = live.Status(other, Language.Id, Day(date));

        Assert.Equal(expected, text);
    }

    /// <summary>
    /// The script replaces the build's dated status ("per 2 Januari 2027 berlaku, tinggal 89 hari (sampai 31 Maret
    /// 2027)"); its in-force phrases keep the end date, in both languages.
    /// </summary>
    [Theory]
    [InlineData("2027-01-02", Language.Id, "berlaku sekarang, tinggal 89 hari (sampai 31 Maret 2027)")]
    [InlineData("2027-03-31", Language.Id, "berlaku sekarang, hari ini hari terakhir (31 Maret 2027)")]
    [InlineData("2027-01-02", Language.En, "in force now, 89 days left (until 31 March 2027)")]
    [InlineData("2027-03-31", Language.En, "in force now, today is the last day (31 March 2027)")]
    public void Status_TransportWhileInForce_KeepsTheEndDate(string date, Language language, string expected)
    {
        var text = live.Status(transport, language, Day(date));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(Language.Id)]
    [InlineData(Language.En)]
    public void Phrases_InForce_CarryTheEndDatePlaceholder(Language language)
    {
        var phrases = live.Phrases(language);

        Assert.Equal((true, true), (phrases["on"].Contains("{end}", StringComparison.Ordinal), phrases["last"].Contains("{end}", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2026-03-31", "mulai 1 April 2026")]
    [InlineData("2026-12-04", "per 4 Desember 2026 berlaku, tinggal 28 hari (sampai 31 Desember 2026)")]
    [InlineData("2026-12-31", "per 31 Desember 2026 berlaku, tinggal 1 hari (sampai 31 Desember 2026)")]
    public void StatusAsOf_BuildDate_IsTrueOnAnyLaterDay(string built, string expected)
    {
        var text = live.StatusAsOf(other, Language.Id, Day(built));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void StatusAsOf_BuiltAfterTheEnd_SaysItHasEnded()
    {
        var text = live.StatusAsOf(other, Language.Id, new DateOnly(2027, 1, 1));

        Assert.StartsWith("sudah berakhir", text, StringComparison.Ordinal);
    }

    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Render_TextWithToken_ReplacesToken()
    {
        var text = live.Render("Info: {{live.discount_status}}", Language.Id, Both);

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    /// <summary>For the entry about the discount's end: while both periods run, the dates and days left lead and the discounted price is left out.</summary>
    [Theory]
    [InlineData(Language.Id, "Per 8 Desember 2026, diskon sektor selain transportasi (iuran April–Desember 2026) tinggal 24 hari; diskon transportasi (ojol, opang, sopir, kurir; iuran Januari 2026–Maret 2027) tinggal 114 hari.")]
    [InlineData(Language.En, "As of 8 December 2026, the discount for other sectors (April–December 2026) has 24 days left; the discount for transport (ojol, opang, drivers, couriers; January 2026–March 2027) has 114 days left.")]
    public void DiscountEndText_BothRunning_DatesAndDaysLeftWithoutThePrice(Language language, string expected)
    {
        var text = live.DiscountEndText(language, new DateOnly(2026, 12, 8));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void DiscountEndText_OneEnded_SaysWhichEndedAndTheOthersDaysLeft()
    {
        var text = live.DiscountEndText(Language.Id, new DateOnly(2027, 1, 5));

        Assert.Equal(
            "Per 5 Januari 2027, diskon sektor selain transportasi (iuran April–Desember 2026) sudah berakhir: kembali Rp16.800 kecuali diperpanjang; diskon transportasi (ojol, opang, sopir, kurir; iuran Januari 2026–Maret 2027) tinggal 86 hari. " + live.Advice(Language.Id),
            text);
    }

    [Fact]
    public void DiscountEndText_BeforeAnyStartsOrAfterAllEnded_IsTheStatus()
    {
        Assert.Equal(live.DiscountStatusText(Language.Id, Before), live.DiscountEndText(Language.Id, Before));
        Assert.Equal(live.DiscountStatusText(Language.En, After), live.DiscountEndText(Language.En, After));
    }

    [Fact]
    public void Render_TextWithBothTokens_ReplacesBoth()
    {
        var text = live.Render("A: {{live.discount_status}} B: {{live.discount_end}}", Language.Id, Both);

        Assert.Equal(("A: " + live.DiscountStatusText(Language.Id, Both) + " B: " + live.DiscountEndText(Language.Id, Both)), text);
    }
}
