using Jamsos.Outreach.Tests.Site;
using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

/// <summary>Debian's chromium, never a downloaded browser; one per test class.</summary>
public sealed class ReportChromium : IAsyncLifetime
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
