using Microsoft.Playwright;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Debian's chromium driven by Playwright (never a downloaded browser), over the built site served
/// with Netlify's headers. Started on first use and shared by the browser tests.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private BrowserSession(StaticSiteServer server, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        Playwright = playwright;
        Browser = browser;
    }

    public StaticSiteServer Server { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync(string siteRoot)
    {
        var chromium = ExternalTools.RequireChromium();
        var headers = StaticSiteServer.NetlifyHeaders(Path.Combine(RepositoryRoot.Path, "netlify.toml"));
        var server = new StaticSiteServer(siteRoot, headers);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
            Timeout = 30_000,
        });
        return new BrowserSession(server, playwright, browser);
    }

    /// <summary>
    /// A fresh page (phone-sized unless told) with every console error and failed request recorded. With
    /// <paramref name="clock"/> the page's clock (Date.now, new Date()) stands still at that instant from
    /// before the page loads (Playwright's clock API).
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 412, DateTimeOffset? clock = null, int height = 915)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add("failed: " + request.Url);
        if (clock is { } instant)
        {
            await page.Clock.SetFixedTimeAsync(instant.UtcDateTime);
        }

        await page.GotoAsync(Server.BaseAddress + path);
        return (page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Server.DisposeAsync();
    }
}
