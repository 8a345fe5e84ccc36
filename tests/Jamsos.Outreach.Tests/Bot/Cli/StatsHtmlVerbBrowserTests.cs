using System.Runtime.Versioning;
using Jamsos.Outreach.Tests.Bot.Staff;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>The page `stats --html` writes, opened in Debian's chromium with every request refused and recorded (issue 16, point 3).</summary>
[Collection(EnvironmentCollectionDefinition.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class StatsHtmlVerbBrowserTests : IClassFixture<ReportChromium>, IDisposable
{
    private readonly ReportChromium chromium;
    private readonly StaffDatabase database = new();

    public StatsHtmlVerbBrowserTests(ReportChromium chromium)
    {
        this.chromium = chromium;
    }

    [Fact]
    public async Task StatsHtml_OpenedInChromium_ShowsEveryChartByItsTitleAndRequestsNothing()
    {
        await StatsHtmlVerbTests.SeedAsync(database);
        var path = database.PathOf("report.html");
        await database.RunAsync("stats", "--html", path);

        var (page, requests, errors) = await chromium.OpenAsync(await File.ReadAllTextAsync(path));
        var found = new List<string>();
        foreach (var title in StatsHtmlVerbTests.Charts.Select(row => (string)row[1]))
        {
            var image = page.GetByRole(AriaRole.Img, new() { Name = title, Exact = true });
            if (await image.CountAsync() == 1 && await image.IsVisibleAsync())
            {
                found.Add(title);
            }
        }

        await page.Context.CloseAsync();
        Assert.True(found.Count == 7 && requests.Count == 0 && errors.Count == 0,
            $"charts: {string.Join(", ", found)}; requests: {string.Join(", ", requests)}; errors: {string.Join(", ", errors)}");
    }

    public void Dispose() => database.Dispose();
}
