using System.Text.Json;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Pages;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The site built from the real content/: links, required head elements, budgets, answers' sources.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class SiteOutputTests
{
    /// <summary>Issue 5's budget: HTML, CSS and JS of one page, uncompressed, the search index excluded.</summary>
    public const int PageBudgetBytes = 30 * 1024;

    private readonly SiteFixture fixture;

    public SiteOutputTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    private BuiltSite Site => fixture.Site;

    private KnowledgeBase Knowledge => fixture.Build.Site.Knowledge;

    [Fact]
    public void Build_RealContent_WritesEveryPublishedEntryInBothLanguages()
    {
        var published = Knowledge.Entries.Where(AnswerPages.IsPublished).ToList();

        var missing = published.Where(e => Site.Resolve($"{(e.Language == Language.En ? "/en" : string.Empty)}/{e.Topic}/{e.Id}/") is null);

        Assert.Empty(missing.Select(e => e.Key));
    }

    [Fact]
    public void EveryPage_InternalLinks_Resolve()
    {
        var broken = new List<string>();
        foreach (var page in Site.Pages)
        {
            foreach (var link in page.Links)
            {
                var local = link.StartsWith(SiteFixture.BaseUrl, StringComparison.Ordinal) ? link[SiteFixture.BaseUrl.Length..] : link;
                if (local.StartsWith('#'))
                {
                    if (!page.Html.Contains($"id=\"{local[1..]}\"", StringComparison.Ordinal))
                    {
                        broken.Add($"{page.Url} → {link}");
                    }
                }
                else if (local.StartsWith('/') && Site.Resolve(local) is null)
                {
                    broken.Add($"{page.Url} → {link}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void EveryPage_HasLangTitleAndCanonical()
    {
        var incomplete = Site.Pages
            .Where(p => p.Lang is not ("id" or "en") || string.IsNullOrWhiteSpace(p.Title) || p.Canonical is null
                || !p.Canonical.StartsWith(SiteFixture.BaseUrl + "/", StringComparison.Ordinal))
            .Select(p => p.Url);

        Assert.Empty(incomplete);
    }

    [Fact]
    public void EveryPage_HtmlCssAndScripts_WithinBudget()
    {
        var weights = Site.Pages.Select(p => (p.Url, Bytes: Weight(p))).ToList();

        Assert.All(weights, w => Assert.True(w.Bytes <= PageBudgetBytes, $"{w.Url} weighs {w.Bytes} bytes (budget {PageBudgetBytes})"));
    }

    [Fact]
    public void EveryPage_LoadsNothingFromAnotherHost()
    {
        var external = Site.Pages
            .SelectMany(p => p.Scripts.Concat(p.Stylesheets).Concat(BuiltSite.Attribute(p.Html, "src")).Select(u => (p.Url, u)))
            .Where(x => !x.u.StartsWith('/') || x.u.StartsWith("//", StringComparison.Ordinal))
            .Select(x => $"{x.Url} → {x.u}");

        Assert.Empty(external);
    }

    [Fact]
    public void EveryPage_HasNoInlineScriptOrStyle()
    {
        var inline = Site.Pages.Where(p => InlineScript().IsMatch(p.Html) || p.Html.Contains("<style", StringComparison.Ordinal) || p.Html.Contains(" style=\"", StringComparison.Ordinal))
            .Select(p => p.Url);

        Assert.Empty(inline);
    }

    [Fact]
    public void AnswerPages_ShowSourcesCheckedDateAndWhatsAppLink()
    {
        var entries = Knowledge.Entries.Where(AnswerPages.IsPublished).ToList();

        var incomplete = entries.Where(e =>
        {
            var html = Site.Page(Path(e)).Html;
            var label = e.Language == Language.En ? "Checked: " : "Diperiksa: ";
            return !html.Contains(label, StringComparison.Ordinal)
                || !html.Contains(ValueFormatter.Date(e.Checked, e.Language), StringComparison.Ordinal)
                || e.Sources.Any(s => !html.Contains(System.Net.WebUtility.HtmlEncode(s.Url), StringComparison.Ordinal))
                || !html.Contains("href=\"https://wa.me/?text=", StringComparison.Ordinal);
        }).Select(e => e.Key);

        Assert.Empty(incomplete);
    }

    [Fact]
    public void AnswerPages_HreflangPointsBothWays()
    {
        var oneWay = new List<string>();
        foreach (var page in Site.Pages.Where(p => p.Alternate("id") is not null))
        {
            var self = page.Canonical!;
            var twinUrl = page.Lang == "id" ? page.Alternate("en")! : page.Alternate("id")!;
            var twin = Site.Page(twinUrl[SiteFixture.BaseUrl.Length..]);
            if (twin.Alternate(page.Lang!) != self || page.Alternate(page.Lang!) != self)
            {
                oneWay.Add(page.Url);
            }
        }

        Assert.Empty(oneWay);
    }

    [Fact]
    public void AnswerPages_CarryFaqPageStructuredData()
    {
        var page = Site.Page("/iuran/iuran-bpu/");

        var json = JsonLdBlock().Match(page.Html).Groups[1].Value;
        using var document = JsonDocument.Parse(json);

        Assert.Equal("FAQPage", document.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void HomePage_ShowsKeyFiguresFromTheData()
    {
        var html = Site.Page("/").Html;

        string[] figures = ["iuran.minimum", "iuran.minimum_discounted", "jkm.total"];

        Assert.All(figures, key => Assert.Contains(Knowledge.Catalog.Text(key, Language.Id), html, StringComparison.Ordinal));
    }

    [Fact]
    public void CalculatorPage_TableHasEveryBand()
    {
        var html = Site.Page("/kalkulator/").Html;

        var rows = RowHeader().Count(html);

        Assert.Equal(Knowledge.Catalog.Bands.Bands.Count, rows);
    }

    [Fact]
    public void CalculatorScript_IsUnderEightKilobytes()
    {
        var script = Site.Page("/kalkulator/").Script("calculator");

        var bytes = new FileInfo(Site.Resolve(script)!).Length;

        // About 4 KB of calculator and 3 KB of the income grammar (IncomeText), unminified.
        Assert.True(bytes < 8 * 1024, $"{script} is {bytes} bytes");
    }

    [Fact]
    public void JoinPage_LinksTheTelegramBotWithTheSignUpPayload()
    {
        var html = Site.Page("/cara-ikut/").Html;

        Assert.Contains("href=\"https://t.me/JamsosOutreachBot?start=daftar\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinPage_WithoutDiscordInvite_LeavesDiscordOut()
    {
        var html = Site.Page("/cara-ikut/").Html;

        Assert.DoesNotContain("Discord", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatOnlyEntries_AreNotPublished()
    {
        var greeting = Knowledge.Entries.First(e => e.Intent == Intents.Greeting);

        Assert.Null(Site.Resolve(Path(greeting)));
    }

    [Fact]
    public void Sitemap_ListsEveryPageButThe404()
    {
        var sitemap = File.ReadAllText(System.IO.Path.Combine(Site.Root, "sitemap.xml"));

        var listed = Loc().Matches(sitemap).Select(m => m.Groups[1].Value[SiteFixture.BaseUrl.Length..]).ToHashSet(StringComparer.Ordinal);
        var pages = Site.Pages.Where(p => p.Url != "/404.html").Select(p => p.Url.EndsWith("index.html", StringComparison.Ordinal) ? p.Url[..^"index.html".Length] : p.Url);

        Assert.Equal(pages.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RobotsTxt_PointsToTheSitemap()
    {
        var robots = File.ReadAllText(System.IO.Path.Combine(Site.Root, "robots.txt"));

        Assert.Contains($"Sitemap: {SiteFixture.BaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    internal static string Path(FaqEntry entry) =>
        $"{(entry.Language == Language.En ? "/en" : string.Empty)}/{entry.Topic}/{entry.Id}/";

    private long Weight(SitePage page) =>
        System.Text.Encoding.UTF8.GetByteCount(page.Html)
        + page.Stylesheets.Concat(page.Scripts).Sum(u => new FileInfo(Site.Resolve(u)!).Length);

    [GeneratedRegex("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/(?:ld\\+)?json\")[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>")]
    private static partial Regex JsonLdBlock();

    [GeneratedRegex("<tr><th scope=\"row\">")]
    private static partial Regex RowHeader();

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Loc();
}
