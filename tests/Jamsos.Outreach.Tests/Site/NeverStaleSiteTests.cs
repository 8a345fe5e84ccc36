using System.Globalization;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Knowledge.Content;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 3, without JavaScript: the static pages of the real content name the discount periods
/// in words, say nothing about the discount as a bare present fact, and write each live status with the
/// build date in it, inside an element live.js can bring to the visitor's day.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class NeverStaleSiteTests
{
    private readonly SiteFixture fixture;

    public NeverStaleSiteTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("/", "bulan April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi: ojol, opang, sopir, kurir)")]
    [InlineData("/kalkulator/", "bulan April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi: ojol, opang, sopir, kurir)")]
    [InlineData("/iuran/setelah-diskon/", "bulan April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi: ojol, opang, sopir, kurir)")]
    [InlineData("/iuran/diskon-2026/", "bulan April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi: ojol, opang, sopir, kurir)")]
    [InlineData("/en/", "the months April–December 2026 (sectors other than transport) and January 2026–March 2027 (transport: ojol, opang, drivers, couriers)")]
    [InlineData("/en/calculator/", "the months April–December 2026 (sectors other than transport) and January 2026–March 2027 (transport: ojol, opang, drivers, couriers)")]
    public void Page_WithoutScript_NamesTheDiscountPeriodsInWords(string path, string periods)
    {
        var html = fixture.Site.Page(path).Html;

        Assert.Contains(periods, html, StringComparison.Ordinal);
    }

    /// <summary>No date-aware placeholder (<c>{{ live.discount_status }}</c> or <c>{{ live.discount_end }}</c>) is left as it was written.</summary>
    [Fact]
    public void EveryPage_LeavesNoDateAwarePlaceholderUnwritten()
    {
        var raw = fixture.Site.Pages.Where(p => p.Html.Contains("live.discount", StringComparison.Ordinal)).Select(p => p.Url);

        Assert.Empty(raw);
    }

    [Fact]
    public void EveryPage_WithoutScript_StatesNoDiscountAsABarePresentFact()
    {
        string[] undated = ["Saat ini ada diskon", "Saat ini diskon", "Right now", "berlaku sekarang", "in force now", "diskon yang berlaku", "discount in force"];

        var stale = fixture.Site.Pages
            .SelectMany(p => undated.Where(u => PhrasesBlock().Replace(p.Html, string.Empty).Contains(u, StringComparison.OrdinalIgnoreCase)).Select(u => $"{p.Url}: {u}"));

        Assert.Empty(stale);
    }

    [Fact]
    public void LiveStatuses_WithoutScript_CarryTheBuildDateAndThePeriodsDays()
    {
        var knowledge = fixture.Build.Site.Knowledge;
        var periods = knowledge.Discounts.Periods.Select(p => (Iso(p.FirstDay), Iso(p.LastDay))).ToHashSet();
        var today = fixture.Build.Today;
        string[] dated = [$"per {ValueFormatter.Date(today, Language.Id)} berlaku, tinggal ", $"as of {ValueFormatter.Date(today, Language.En)} in force, "];

        var statuses = fixture.Site.Pages.SelectMany(p => LiveStatus().Matches(p.Html).Select(m => (p.Url, From: m.Groups[1].Value, To: m.Groups[2].Value, Text: m.Groups[3].Value))).ToList();
        var wrong = statuses.Where(s => !periods.Contains((s.From, s.To)) || !dated.Any(d => s.Text.StartsWith(d, StringComparison.Ordinal)));

        Assert.True(statuses.Count > 20 && !wrong.Any(), $"{statuses.Count} statuses; wrong:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void PagesWithLiveStatuses_LoadTheLiveScriptAndItsPhrases_OthersDoNot()
    {
        var wrong = fixture.Site.Pages
            .Where(p => p.Html.Contains("data-live-to=", StringComparison.Ordinal)
                != (p.Scripts.Any(s => s.StartsWith("/assets/live.", StringComparison.Ordinal)) && PhrasesBlock().IsMatch(p.Html)))
            .Select(p => p.Url);

        Assert.Empty(wrong);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("<span class=\"live\" data-live-from=\"([0-9-]+)\" data-live-to=\"([0-9-]+)\" data-live-end=\"[^\"]+\">([^<]*)</span>")]
    private static partial Regex LiveStatus();

    [GeneratedRegex("<script type=\"application/json\" id=\"data-live\">.*?</script>")]
    private static partial Regex PhrasesBlock();
}
