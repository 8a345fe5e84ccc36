using System.Globalization;
using System.Text.Json;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// The built site in Debian's chromium, served with netlify.toml's headers: pages load without errors
/// under the CSP, axe-core finds no WCAG 2.2 AA violation, the calculator gives the C# amounts, and
/// Pagefind finds answers.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class BrowserTests
{
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private readonly SiteFixture fixture;

    public BrowserTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/iuran/iuran-bpu/")]
    [InlineData("/kalkulator/")]
    [InlineData("/cari/")]
    [InlineData("/en/jkm/jkm-42-juta/")]
    [InlineData("/kontak/")]
    [InlineData("/404.html")]
    public async Task Page_InChromium_HasNoAxeViolations(string path)
    {
        var session = await fixture.BrowserAsync();
        var (page, _) = await session.OpenAsync(path);

        var violations = await Axe(page);
        await page.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>
    /// WCAG 1.4.10 (reflow): at 320 CSS pixels nothing makes the page scroll sideways. Every page that
    /// holds a table (answers with Markdown tables, the calculator), the home page and the contacts.
    /// </summary>
    [Fact]
    public async Task Pages_At320Pixels_DoNotScrollSideways()
    {
        var session = await fixture.BrowserAsync();
        var paths = fixture.Build.Pages
            .Where(p => p.Html.Contains("<table", StringComparison.Ordinal) || p.Meta.Path is "/" or "/kontak/" or "/en/contact/")
            .Select(p => p.Meta.Path)
            .ToList();
        var wide = new List<string>();
        foreach (var path in paths)
        {
            var (page, _) = await session.OpenAsync(path, width: 320);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await page.Context.CloseAsync();
            if (width > 320)
            {
                wide.Add($"{path}: {width} px");
            }
        }

        Assert.True(paths.Count >= 10 && wide.Count == 0, $"{paths.Count} pages checked; too wide:\n" + string.Join("\n", wide));
    }

    [Fact]
    public async Task AnswerPage_InChromium_LoadsWithoutErrors()
    {
        var session = await fixture.BrowserAsync();
        var entry = fixture.Build.Site.Knowledge.Find("iuran-bpu", Language.Id)!;

        var (page, errors) = await session.OpenAsync("/iuran/iuran-bpu/");
        var heading = await page.Locator("h1").TextContentAsync();
        await page.Context.CloseAsync();

        Assert.Equal((entry.Title, string.Empty), (heading, string.Join("\n", errors)));
    }

    [Fact]
    public async Task HomePage_InChromium_LoadsWithoutErrors()
    {
        var session = await fixture.BrowserAsync();

        var (page, errors) = await session.OpenAsync("/");
        var minimum = await page.Locator(".card .big").First.TextContentAsync();
        await page.Context.CloseAsync();

        Assert.Equal((true, string.Empty), (minimum!.Contains(fixture.Build.Site.Knowledge.Catalog.Text("iuran.minimum", Language.Id), StringComparison.Ordinal), string.Join("\n", errors)));
    }

    [Theory]
    [InlineData("3500000", 3_500_000, "transport", "2026-11")]
    [InlineData("3.500.000", 3_500_000, "other", "2027-01")]
    [InlineData("20700000", 20_700_000, "government", "2026-11")]
    [InlineData("750000", 750_000, "other", "2026-05")]
    [InlineData("3,5 juta", 3_500_000, "other", "2026-11")]
    [InlineData("Rp 2.5jt per bulan", 2_500_000, "transport", "2026-11")]
    [InlineData("800rb", 800_000, "other", "2026-11")]
    public async Task Calculator_TypedIncome_ShowsTheCSharpAmount(string typed, decimal income, string sector, string month)
    {
        var session = await fixture.BrowserAsync();
        var (page, errors) = await session.OpenAsync("/kalkulator/");
        var date = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = fixture.Build.Site.Knowledge.Calculator.Calculate(income, ParseSector(sector), date);

        await page.FillAsync("#penghasilan", typed);
        await page.CheckAsync($"input[name=sektor][value={sector}]");
        await page.FillAsync("#bulan", month);
        await page.ClickAsync("#kalkulator button[type=submit]");
        var shown = await page.Locator("#iuran-bayar").TextContentAsync();
        await page.Context.CloseAsync();

        Assert.Equal((ValueFormatter.Rupiah(expected.Payable, Language.Id), string.Empty), (shown, string.Join("\n", errors)));
    }

    /// <summary>An income the grammar does not read shows why, and no band (never a silent band 1).</summary>
    [Theory]
    [InlineData("2 atau 3 juta", IncomeProblem.Several)]
    [InlineData("3", IncomeProblem.NoUnit)]
    [InlineData("banyak", IncomeProblem.NoNumber)]
    public async Task Calculator_UnreadableIncome_ShowsWhyAndNoAmount(string typed, IncomeProblem problem)
    {
        var session = await fixture.BrowserAsync();
        var (page, errors) = await session.OpenAsync("/kalkulator/");

        await page.FillAsync("#penghasilan", typed);
        await page.ClickAsync("#kalkulator button[type=submit]");
        var shown = await page.Locator("#iuran-masalah").TextContentAsync();
        var amounts = await page.Locator("#iuran-bayar").CountAsync();
        await page.Context.CloseAsync();

        Assert.Equal((true, 0, string.Empty), (shown!.StartsWith(IncomeText.Message(problem, Language.Id) + " ", StringComparison.Ordinal), amounts, string.Join("\n", errors)));
    }

    [Fact]
    public async Task Calculator_MonthField_StartsAtTheCurrentMonthInJakarta()
    {
        var session = await fixture.BrowserAsync();
        var (page, _) = await session.OpenAsync("/kalkulator/");

        var month = await page.InputValueAsync("#bulan");
        await page.Context.CloseAsync();

        Assert.Equal(ContributionCalculator.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture), month);
    }

    [Theory]
    [InlineData("/cari/", "iuran")]
    [InlineData("/en/search/", "contribution")]
    public async Task Search_TypedWord_ShowsResults(string path, string word)
    {
        var session = await fixture.BrowserAsync();
        var (page, errors) = await session.OpenAsync(path);

        await page.FillAsync("#q", word);
        await page.Locator("#hasil li a").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var first = await page.Locator("#hasil li a").First.GetAttributeAsync("href");
        await page.Context.CloseAsync();

        Assert.Equal((true, string.Empty), (first!.StartsWith(path.StartsWith("/en/", StringComparison.Ordinal) ? "/en/" : "/", StringComparison.Ordinal), string.Join("\n", errors)));
    }

    private static Sector ParseSector(string code) => code switch
    {
        "transport" => Sector.Transport,
        "government" => Sector.GovernmentPaid,
        _ => Sector.Other,
    };

    private static async Task<List<string>> Axe(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be blocked).
        await page.EvaluateAsync(await File.ReadAllTextAsync(ExternalTools.NpmFile("axe-core", "axe.min.js")));
        var result = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });" +
            " return { passes: r.passes.length, violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' +" +
            " v.nodes.map(n => n.target.join(' ')).join(', ')) }; }",
            AxeTags);
        var violations = result.GetProperty("violations").EnumerateArray().Select(v => v.GetString()!).ToList();
        if (result.GetProperty("passes").GetInt32() == 0)
        {
            violations.Add("axe-core checked nothing: it did not run on the page");
        }

        return violations;
    }
}
