using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Site.Routing;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 2: /kalkulator/?penghasilan=…&amp;sektor=… opens with the result computed in
/// &lt;output id="hasil"&gt;, an unreadable income says why there, and "Bagikan ke WhatsApp" carries the
/// computed amounts as text. The page clock stands at 4 December 2026 so the month is known.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class CalculatorDeepLinkTests
{
    private static readonly DateTimeOffset December4 = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly SiteFixture fixture;

    public CalculatorDeepLinkTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("3jt", "transportasi", 3_000_000, Sector.Transport)]
    [InlineData("3%2C5%20juta", "lainnya", 3_500_000, Sector.Other)]
    [InlineData("800rb", "pemerintah", 800_000, Sector.GovernmentPaid)]
    public async Task DeepLink_IncomeAndSector_OpensWithTheCSharpAmountInTheOutput(string income, string sector, decimal rupiah, Sector expectedSector)
    {
        var session = await fixture.BrowserAsync();
        var expected = fixture.Build.Site.Knowledge.Calculator.Calculate(rupiah, expectedSector, DateOnly.FromDateTime(December4.Date));

        var (page, errors) = await session.OpenAsync($"/kalkulator/?penghasilan={income}&sektor={sector}", clock: December4);
        var shown = await page.Locator("output#hasil #iuran-bayar").TextContentAsync(new() { Timeout = 5_000 });
        await page.Context.CloseAsync();

        Assert.Equal((ValueFormatter.Rupiah(expected.Payable, Language.Id), string.Empty), (shown, string.Join("\n", errors)));
    }

    [Fact]
    public async Task DeepLink_UnreadableIncome_ShowsItsMessageInTheOutput()
    {
        var session = await fixture.BrowserAsync();

        var (page, errors) = await session.OpenAsync("/kalkulator/?penghasilan=banyak&sektor=lainnya", clock: December4);
        var message = await page.Locator("output#hasil #iuran-masalah").TextContentAsync(new() { Timeout = 5_000 });
        var amounts = await page.Locator("#iuran-bayar").CountAsync();
        await page.Context.CloseAsync();

        Assert.Equal((true, 0, string.Empty), (message!.StartsWith(IncomeText.Message(IncomeProblem.NoNumber, Language.Id), StringComparison.Ordinal), amounts, string.Join("\n", errors)));
    }

    [Fact]
    public async Task ShareButton_AfterADeepLink_CarriesTheComputedAmountsAndTheLinkAsText()
    {
        var session = await fixture.BrowserAsync();
        var quote = fixture.Build.Site.Knowledge.Calculator.Calculate(3_000_000, Sector.Transport, DateOnly.FromDateTime(December4.Date));

        var (page, _) = await session.OpenAsync("/kalkulator/?penghasilan=3jt&sektor=transportasi", clock: December4);
        var href = await page.Locator("#bagikan").GetAttributeAsync("href", new() { Timeout = 5_000 });
        var visible = await page.Locator("#bagikan").IsVisibleAsync();
        await page.Context.CloseAsync();

        var text = Uri.UnescapeDataString(href!["https://wa.me/?text=".Length..]);
        string[] expected = [ValueFormatter.Rupiah(3_000_000, Language.Id), ValueFormatter.Rupiah(quote.Payable, Language.Id), ValueFormatter.Rupiah(quote.Normal, Language.Id), "Desember 2026", SiteFixture.BaseUrl + "/kalkulator/?penghasilan=3jt&sektor=transportasi"];
        Assert.Equal((true, true, string.Empty), (visible, href.StartsWith("https://wa.me/?text=", StringComparison.Ordinal), string.Join(", ", expected.Where(e => !text.Contains(e, StringComparison.Ordinal)))));
    }

    [Fact]
    public async Task Calculator_WithoutADeepLink_ShowsNoResultAndNoShareButton()
    {
        var session = await fixture.BrowserAsync();

        var (page, _) = await session.OpenAsync("/kalkulator/", clock: December4);
        var result = await page.Locator("output#hasil").TextContentAsync();
        var share = await page.Locator("#bagikan").IsVisibleAsync();
        await page.Context.CloseAsync();

        Assert.Equal((string.Empty, false), (result, share));
    }

    /// <summary>Knowledge cannot reference the site, so the chat's link repeats its paths and sector names.</summary>
    [Fact]
    public void CalculatorLink_PathsAndSectorNames_AreTheSites()
    {
        var chat = (CalculatorLink.Path(Language.Id), CalculatorLink.Path(Language.En), string.Join(',', CalculatorData.LinkSectors.Select(s => CalculatorLink.SectorName(s.Value))));

        var site = (SiteRoutes.Calculator(Language.Id), SiteRoutes.Calculator(Language.En), string.Join(',', CalculatorData.LinkSectors.Keys));

        Assert.Equal(site, chat);
    }

    [Fact]
    public async Task ChatLink_OpenedInChromium_ShowsTheAmountTheChatComputed()
    {
        var session = await fixture.BrowserAsync();
        var today = DateOnly.FromDateTime(December4.Date);
        var quote = fixture.Build.Site.Knowledge.Calculator.Calculate(3_000_000, Sector.Transport, today);
        var url = new CalculatorLink(session.Server.BaseAddress).Url(quote, Language.Id, incomeStated: true);

        var (page, _) = await session.OpenAsync(url[session.Server.BaseAddress.Length..], clock: December4);
        var shown = await page.Locator("output#hasil #iuran-bayar").TextContentAsync(new() { Timeout = 5_000 });
        await page.Context.CloseAsync();

        Assert.Equal(ValueFormatter.Rupiah(quote.Payable, Language.Id), shown);
    }
}
