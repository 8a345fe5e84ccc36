using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 5: the searches people make most often put the answer they mean first, with the
/// answers' <c>search:</c> keywords weighted for Pagefind and taken as best bets by search.js.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class SearchRankingTests
{
    private readonly SiteFixture fixture;

    public SearchRankingTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    /// <summary>Fifteen common searches, Indonesian first (as typed: slang and abbreviations), then English.</summary>
    public static TheoryData<string, string, string> CommonSearches() => new()
    {
        { "/cari/", "iuran ojol", "/iuran/iuran-bpu/" },
        { "/cari/", "daftar", "/daftar/daftar-online/" },
        { "/cari/", "klaim kecelakaan", "/jkk/klaim-jkk/" },
        { "/cari/", "santunan kematian", "/jkm/jkm-42-juta/" },
        { "/cari/", "beasiswa anak", "/jkm/beasiswa/" },
        { "/cari/", "telat bayar", "/bayar/telat-bayar/" },
        { "/cari/", "JHT", "/jht/apa-itu-jht/" },
        { "/cari/", "JKP", "/jkp/apa-itu-jkp/" },
        { "/cari/", "kantor serang", "/kantor/kantor-banten/" },
        { "/cari/", "diskon iuran", "/iuran/diskon-2026/" },
        { "/cari/", "cara bayar", "/bayar/cara-bayar/" },
        { "/cari/", "cek saldo jht", "/jht/jht-saldo/" },
        { "/en/search/", "ojol contribution", "/en/iuran/iuran-bpu/" },
        { "/en/search/", "work accident claim", "/en/jkk/klaim-jkk/" },
        { "/en/search/", "death benefit", "/en/jkm/jkm-42-juta/" },
    };

    [Theory]
    [MemberData(nameof(CommonSearches))]
    public async Task Search_CommonQuery_PutsTheExpectedAnswerFirst(string page, string query, string expected)
    {
        var session = await fixture.BrowserAsync();

        var (tab, errors) = await session.OpenAsync(page + "?q=" + Uri.EscapeDataString(query));
        await tab.Locator("#hasil li a").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var first = await tab.Locator("#hasil li a").First.GetAttributeAsync("href");
        await tab.Context.CloseAsync();

        Assert.Equal((expected, string.Empty), (first, string.Join("\n", errors)));
    }

    /// <summary>A keyword inside a longer question still names its answer ("berapa iuran bpjs ojol?").</summary>
    [Fact]
    public async Task Search_KeywordInsideAQuestion_PutsItsAnswerFirst()
    {
        var session = await fixture.BrowserAsync();

        var (tab, _) = await session.OpenAsync("/cari/?q=" + Uri.EscapeDataString("berapa iuran bpjs ojol?"));
        await tab.Locator("#hasil li a").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var first = await tab.Locator("#hasil li a").First.GetAttributeAsync("href");
        await tab.Context.CloseAsync();

        Assert.Equal("/iuran/iuran-bpu/", first);
    }

    [Fact]
    public void AnswerPage_WithKeywords_WeightsThemForPagefind()
    {
        var html = fixture.Site.Page("/iuran/iuran-bpu/").Html;

        Assert.Contains("<p class=\"keywords\" data-pagefind-weight=\"10\" data-pagefind-meta=\"keywords:iuran ojol;", html, StringComparison.Ordinal);
    }
}
