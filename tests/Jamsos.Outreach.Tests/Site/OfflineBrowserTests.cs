using System.Text.Json;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Site.Steps;
using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 6: installable (a web manifest with icons) and, once a page has been opened, usable
/// offline through sw.js. The offline test serves the site from a server of its own and stops it before
/// going offline with Playwright, so nothing can come from the network.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class OfflineBrowserTests
{
    private static readonly DateTimeOffset December4 = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly SiteFixture fixture;

    public OfflineBrowserTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task OpenedPages_WithTheServerGoneAndTheBrowserOffline_StillWork()
    {
        var session = await fixture.BrowserAsync();
        var entry = fixture.Build.Site.Knowledge.Find("iuran-bpu", Language.Id)!;
        var quote = fixture.Build.Site.Knowledge.Calculator.Calculate(3_000_000, Sector.Transport, DateOnly.FromDateTime(December4.Date));
        var server = new StaticSiteServer(fixture.Output, StaticSiteServer.NetlifyHeaders(Path.Combine(RepositoryRoot.Path, "netlify.toml")));
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(December4.UtcDateTime);
        await page.GotoAsync(server.BaseAddress + "/");
        await page.EvaluateAsync("navigator.serviceWorker.ready");
        await page.GotoAsync(server.BaseAddress + "/iuran/iuran-bpu/");
        await server.DisposeAsync();
        await context.SetOfflineAsync(true);

        await page.GotoAsync(server.BaseAddress + "/iuran/iuran-bpu/");
        var heading = await page.Locator("h1").TextContentAsync();
        await page.GotoAsync(server.BaseAddress + "/kalkulator/?penghasilan=3jt&sektor=transportasi");
        var payable = await page.Locator("output#hasil #iuran-bayar").TextContentAsync(new() { Timeout = 5_000 });
        await context.CloseAsync();

        Assert.Equal((entry.Title, ValueFormatter.Rupiah(quote.Payable, Language.Id)), (heading, payable));
    }

    [Fact]
    public void Manifest_NamesTheSiteAndIconsThatExist()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Output, WriteWebAppStep.Manifest)));

        var icons = manifest.RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).ToList();

        Assert.Equal(
            ("/", "standalone", true, true),
            (manifest.RootElement.GetProperty("start_url").GetString(), manifest.RootElement.GetProperty("display").GetString(),
                icons.Any(i => i.EndsWith(".png", StringComparison.Ordinal)), icons.All(i => fixture.Site.Resolve(i) is not null)));
    }

    [Fact]
    public void EveryPage_LinksTheManifestAndLoadsTheWorkerInstaller()
    {
        var missing = fixture.Site.Pages
            .Where(p => !p.Link("manifest").Contains("/manifest.webmanifest") || !p.Scripts.Any(s => s.StartsWith("/assets/app.", StringComparison.Ordinal)))
            .Select(p => p.Url);

        Assert.Empty(missing);
    }

    [Fact]
    public void ServiceWorker_PrecachesFilesThatExist()
    {
        var precache = WriteWebAppStep.Precache(fixture.Build.Site);

        var absent = precache.Where(p => fixture.Site.Resolve(p) is null);

        Assert.Equal((true, string.Empty), (precache.Contains("/kalkulator/"), string.Join(", ", absent)));
    }
}
