using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>html-validate (npm) over every page of the real site, with site/.htmlvalidate.mjs.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class HtmlValidateTests
{
    private readonly SiteFixture fixture;

    public HtmlValidateTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task EveryPage_HtmlValidate_ReportsNoErrors()
    {
        var cli = ExternalTools.NpmFile("html-validate", "bin/html-validate.mjs");
        var config = Path.Combine(RepositoryRoot.Path, "site", ".htmlvalidate.mjs");

        var (exit, output, error) = await ExternalTools.RunAsync(ExternalTools.Node(),
            [cli, "--config", config, "--formatter", "text", Path.Combine(fixture.Output, "**", "*.html")],
            RepositoryRoot.Path, TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, $"html-validate found problems:\n{output}\n{error}");
    }
}
