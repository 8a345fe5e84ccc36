using Jamsos.Outreach.Knowledge.Content;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 3, with JavaScript: a site built on 4 December 2026 and opened on 5 January 2027
/// (Playwright's clock) says the discount for sectors other than transport has ended and band 1 costs
/// the normal Rp16.800, while the transport discount counts down; the calculator starts at January 2027.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class BrowserClockTests : IClassFixture<DatedSiteFixture>
{
    // 09:00 in Jakarta (UTC+7) on 5 January 2027.
    private static readonly DateTimeOffset January5 = new(2027, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly DatedSiteFixture site;

    public BrowserClockTests(DatedSiteFixture site)
    {
        this.site = site;
    }

    [Fact]
    public async Task HomePage_OpenedAfterTheOtherSectorsEnd_SaysItEndedAndBandOneIsTheNormalAmount()
    {
        var session = await site.BrowserAsync();
        var (page, errors) = await session.OpenAsync("/", clock: January5);

        var other = await page.Locator(".live-list li").First.TextContentAsync();
        await page.Context.CloseAsync();

        Assert.Equal(
            ("Sektor selain transportasi: sudah berakhir (kecuali diperpanjang); iuran kembali normal, golongan 1 Rp16.800 per bulan. Cek di aplikasi JMO (Jamsostek Mobile) atau Contact Center 175.", string.Empty),
            (other, string.Join("\n", errors)));
    }

    [Fact]
    public async Task HomePage_OpenedOnJanuary5_CountsDownTheTransportDiscount()
    {
        var session = await site.BrowserAsync();
        var (page, _) = await session.OpenAsync("/", clock: January5);

        var transport = await page.Locator(".live-list li").Nth(1).TextContentAsync();
        await page.Context.CloseAsync();

        Assert.Equal("Transportasi: berlaku sekarang, tinggal 86 hari (sampai 31 Maret 2027).", transport);
    }

    [Fact]
    public async Task EnglishHomePage_OpenedAfterTheOtherSectorsEnd_SaysItEnded()
    {
        var session = await site.BrowserAsync();
        var (page, _) = await session.OpenAsync("/en/", clock: January5);

        var other = await page.Locator(".live-list li").First.TextContentAsync();
        await page.Context.CloseAsync();

        Assert.StartsWith("Other sectors: ended (unless extended); contributions are back to normal, band 1 Rp16,800 a month.", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calculator_OpenedAfterTheOtherSectorsEnd_SaysItEndedAndBandOneCostsRp16800()
    {
        var session = await site.BrowserAsync();
        var (page, errors) = await session.OpenAsync("/kalkulator/", clock: January5);

        var month = await page.InputValueAsync("#bulan");
        var other = await page.Locator(".live-list li").First.TextContentAsync();
        await page.FillAsync("#penghasilan", "1 juta");
        await page.CheckAsync("input[name=sektor][value=other]");
        await page.ClickAsync("#kalkulator button[type=submit]");
        var payable = await page.Locator("#iuran-bayar").TextContentAsync();
        var discounted = await page.Locator("#iuran-diskon").CountAsync();
        await page.Context.CloseAsync();

        Assert.Equal(
            ("2027-01", true, "Rp16.800", 0, string.Empty),
            (month, other!.StartsWith("Sektor selain transportasi: sudah berakhir", StringComparison.Ordinal), payable, discounted, string.Join("\n", errors)));
    }

    [Fact]
    public async Task AnswerPage_OpenedOnTheBuildDay_ShowsTheSameStatusAsTheChatForThatDay()
    {
        var session = await site.BrowserAsync();
        var buildDay = new DateTimeOffset(DatedSiteFixture.BuildDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        var (page, _) = await session.OpenAsync("/iuran/diskon-2026/", clock: buildDay);

        var first = await page.Locator("p.lead .live").First.TextContentAsync();
        await page.Context.CloseAsync();

        Assert.Equal("berlaku sekarang, tinggal 28 hari (sampai 31 Desember 2026)", first);
    }

    [Fact]
    public async Task HomePage_WithoutJavaScript_KeepsTheBuildDaysDatedStatus()
    {
        var session = await site.BrowserAsync();
        var context = await session.Browser.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.Server.BaseAddress + "/");

        var other = await page.Locator(".live-list li").First.TextContentAsync();
        await context.CloseAsync();

        Assert.Equal($"Sektor selain transportasi: per {ValueFormatter.Date(DatedSiteFixture.BuildDate, Language.Id)} berlaku, tinggal 28 hari (sampai 31 Desember 2026).", other);
    }
}
