using System.Text.RegularExpressions;
using Jamsos.Outreach.Bot.Staff.Reports;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

public sealed partial class StatsReportRendererTests
{
    [Fact]
    public void Render_LabelWithMarkup_IsEscapedEverywhere()
    {
        var html = StatsReportRenderer.Render(SampleStatsReport.Create());

        Assert.True(!html.Contains("<b>Cilegon", StringComparison.Ordinal) && html.Contains("&lt;b&gt;Cilegon&lt;/b&gt;", StringComparison.Ordinal));
    }

    /// <summary>Nothing the browser would fetch: no src, href, url(), @import, script or link element.</summary>
    [Fact]
    public void Render_Sample_ReferencesNothingOutside()
    {
        var html = StatsReportRenderer.Render(SampleStatsReport.Create());

        Assert.Empty(ExternalReference().Matches(html).Select(m => m.Value));
    }

    [Fact]
    public void Render_EmptyReport_SaysNoDataInEveryChart()
    {
        var empty = new StatsReport(DateTimeOffset.UnixEpoch, 0, [], [], [], [], null, null, 0, 0, []);

        var html = StatsReportRenderer.Render(empty);

        Assert.Equal(StatsReportRenderer.Charts(empty).Count, Regex.Count(html, "<text class=\"empty\""));
    }

    [GeneratedRegex(@"\b(src|href)\s*=|url\(|@import|<script|<link|<img|<iframe|<object", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
