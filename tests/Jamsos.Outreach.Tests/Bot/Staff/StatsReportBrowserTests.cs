using Jamsos.Outreach.Bot.Staff.Reports;
using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

/// <summary>
/// The staff report in Debian's chromium with every network request blocked and recorded: it loads
/// without asking for anything, and each chart is there as an image named by its title, with both axis
/// labels and one bar per number.
/// </summary>
public sealed class StatsReportBrowserTests : IClassFixture<ReportChromium>
{
    private static readonly string[] Titles =
    [
        "Pendaftaran per hari", "Pendaftaran per wilayah", "Pendaftaran per pekerjaan", "Pendaftaran per agen",
        "Pengingat iuran", "Penilaian jawaban", "Pertanyaan tak terjawab per topik",
    ];

    private readonly ReportChromium chromium;

    public StatsReportBrowserTests(ReportChromium chromium)
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
}
