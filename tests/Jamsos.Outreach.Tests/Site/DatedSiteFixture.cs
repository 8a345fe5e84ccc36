using Jamsos.Outreach.Site.Generation;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// The real content/ built as of <see cref="BuildDate"/> (2026-12-04: both discounts in force) into its
/// own folder, with its own chromium, for the tests that open it on a later day (issue 15, point 3).
/// </summary>
public sealed class DatedSiteFixture : IAsyncLifetime
{
    public static readonly DateOnly BuildDate = new(2026, 12, 4);

    private readonly Lock gate = new();
    private Task<BrowserSession>? browser;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "jamsos-dated-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task<BrowserSession> BrowserAsync()
    {
        lock (gate)
        {
            browser ??= StartAsync();
        }

        return await browser;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (browser is { IsCompletedSuccessfully: true })
        {
            await (await browser).DisposeAsync();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    private async Task<BrowserSession> StartAsync()
    {
        await SiteGenerator.Default().BuildAsync(SiteFixture.Options(), BuildDate, Output);
        return await BrowserSession.StartAsync(Output);
    }
}
