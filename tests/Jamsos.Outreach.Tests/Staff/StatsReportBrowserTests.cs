using Jamsos.Outreach.Bot.Staff.Reports;
using Jamsos.Outreach.Tests.Site;
using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Staff;

/// <summary>
/// The staff report in Debian's chromium with every network request blocked and recorded: it loads
/// without asking for anything, and each chart is there as an image named by its title, with both axis
/// labels and one bar per number.
/// </summary>
public sealed class StatsReportBrowserTests : IClassFixture<StatsReportBrowserTests.Chromium>
{
    private static readonly string[] Titles =
    [
        "Pendaftaran per hari", "Pendaftaran per wilayah", "Pendaftaran per pekerjaan", "Pendaftaran per agen",
        "Pengingat iuran", "Penilaian jawaban", "Pertanyaan tak terjawab per topik",
    ];

    private readonly Chromium chromium;

    public StatsReportBrowserTests(Chromium chromium)
    {
        this.chromium = chromium;
    }

    [Fact]
    public async Task Render_OpenedInChromium_AttemptsNoRequestAndLogsNoError()
    {
        var (page, requests, errors) = await chromium.OpenAsync(StatsReportRenderer.Render(SampleStatsReport.Create()));

        var charts = await page.Locator("svg.chart").CountAsync();
        await page.Context.CloseAsync();

        Assert.True(charts == Titles.Length && requests.Count == 0 && errors.Count == 0,
            $"{charts} charts; requests: {string.Join(", ", requests)}; errors: {string.Join(", ", errors)}");
    }

    [Fact]
    public async Task Render_OpenedInChromium_EachChartIsAnImageNamedByItsTitle()
    {
        var (page, _, _) = await chromium.OpenAsync(StatsReportRenderer.Render(SampleStatsReport.Create()));

        var found = new List<string>();
        foreach (var title in Titles)
        {
            var image = page.GetByRole(AriaRole.Img, new() { Name = title, Exact = true });
            if (await image.CountAsync() == 1 && await image.IsVisibleAsync())
            {
                found.Add(title);
            }
        }

        await page.Context.CloseAsync();
        Assert.Equal(Titles, found);
    }

    [Fact]
    public async Task Render_OpenedInChromium_EachChartHasBothAxisLabelsAndADescription()
    {
        var report = SampleStatsReport.Create();
        var (page, _, _) = await chromium.OpenAsync(StatsReportRenderer.Render(report));

        var missing = new List<string>();
        foreach (var chart in StatsReportRenderer.Charts(report))
        {
            var svg = page.Locator("#" + chart.Id);
            var labels = await svg.Locator("text.axis-label").AllTextContentsAsync();
            var description = await svg.Locator("desc").TextContentAsync();
            if (!labels.Contains(chart.CategoryAxisLabel) || !labels.Contains(chart.ValueAxisLabel) || string.IsNullOrWhiteSpace(description))
            {
                missing.Add($"{chart.Id}: [{string.Join(", ", labels)}] '{description}'");
            }
        }

        await page.Context.CloseAsync();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public async Task Render_OpenedInChromium_DrawsOneVisibleBarPerNumber()
    {
        var report = SampleStatsReport.Create();
        var (page, _, _) = await chromium.OpenAsync(StatsReportRenderer.Render(report));

        var region = await page.Locator("#chart-region rect.bar").EvaluateAllAsync<double[]>("bars => bars.map(b => b.getBoundingClientRect().width)");
        await page.Context.CloseAsync();

        Assert.Equal(report.SignUpsByRegion.Count, region.Count(w => w > 0));
    }

    /// <summary>Debian's chromium, never a downloaded browser; one per test class.</summary>
    public sealed class Chromium : IAsyncLifetime
    {
        private IPlaywright? playwright;
        private IBrowser? browser;

        public async Task InitializeAsync()
        {
            playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExternalTools.RequireChromium(),
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                Timeout = 30_000,
            });
        }

        /// <summary>A page holding <paramref name="html"/>, with every request the page tries recorded and refused.</summary>
        public async Task<(IPage Page, List<string> Requests, List<string> Errors)> OpenAsync(string html)
        {
            var context = await browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "id-ID" });
            var requests = new List<string>();
            var errors = new List<string>();
            await context.RouteAsync("**/*", route =>
            {
                requests.Add(route.Request.Url);
                return route.AbortAsync();
            });
            var page = await context.NewPageAsync();
            page.Request += (_, request) => requests.Add(request.Url);
            page.Console += (_, message) =>
            {
                // A request refused by the page's Content-Security-Policy never reaches the router; chromium
                // reports it on the console instead, so console errors count as attempts too.
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            await page.SetContentAsync(html);
            if (Environment.GetEnvironmentVariable("JAMSOS_KEEP_TEST_FILES") is not null)
            {
                // To look at the report by eye: the page and a full-page screenshot in the temp folder.
                var file = Path.Combine(Path.GetTempPath(), "jamsos-report-" + Guid.NewGuid().ToString("N")[..8]);
                await File.WriteAllTextAsync(file + ".html", html);
                await page.ScreenshotAsync(new() { Path = file + ".png", FullPage = true });
            }

            return (page, requests, errors);
        }

        public async Task DisposeAsync()
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright?.Dispose();
        }
    }
}
