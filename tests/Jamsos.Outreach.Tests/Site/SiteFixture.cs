using Jamsos.Outreach.Site;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// The real content/ built once into a temporary folder for 2026-11-21 (inside both discount windows),
/// shared by the site tests. The Pagefind index is added on first request (only the browser test needs it).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://jamsos.example";

    private readonly Lock gate = new();
    private Task? indexing;
    private Task<BrowserSession>? browser;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "jamsos-site-" + Guid.NewGuid().ToString("N")[..8]);

    public SiteBuild Build { get; private set; } = default!;

    public BuiltSite Site { get; private set; } = default!;

    public static SiteOptions Options() => new() { BaseUrl = BaseUrl, ContentPath = Outreach.Knowledge.Content.ContentLocator.Locate() };

    public async Task InitializeAsync()
    {
        Build = await SiteGenerator.Default().BuildAsync(Options(), KnowledgeFixture.Today, Output);
        Site = new BuiltSite(Output);
    }

    /// <summary>Runs Pagefind over the output once (npx pagefind --site), as the Netlify build does.</summary>
    public Task EnsureSearchIndexAsync()
    {
        lock (gate)
        {
            return indexing ??= RunPagefindAsync();
        }
    }

    /// <summary>Chromium over the indexed output, started on first use.</summary>
    public async Task<BrowserSession> BrowserAsync()
    {
        await EnsureSearchIndexAsync();
        lock (gate)
        {
            browser ??= BrowserSession.StartAsync(Output);
        }

        return await browser;
    }

    private async Task RunPagefindAsync()
    {
        var node = ExternalTools.Node();
        var cli = ExternalTools.NpmFile("pagefind", "lib/runner/bin.cjs");
        var (exit, output, error) = await ExternalTools.RunAsync(node, [cli, "--site", Output], RepositoryRoot.Path, TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, $"pagefind failed ({exit}): {output}\n{error}");
    }

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
}

[CollectionDefinition(Name)]
public sealed class SiteCollectionDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
