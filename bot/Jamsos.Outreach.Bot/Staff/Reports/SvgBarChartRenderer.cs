using System.Globalization;
using System.Net;
using System.Text;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG by hand: axes with ticks, both axis labels, one
/// <c>rect.bar</c> per bar with its value in a tooltip, and a <c>title</c> and <c>desc</c> the SVG is
/// labelled and described by (role="img"), so a screen reader announces the chart and its largest bars.
/// Hand-drawn because ScottPlot (measured) brought SkiaSharp's native libraries for the same picture,
/// and its SVG has no title, description or classes to test against.
/// </summary>
internal static class SvgBarChartRenderer
{
    private const int Width = 720;
    private const int Top = 12;
    private const int RowHeight = 26;

    /// <summary>Room for the rotated category-axis label even when a chart has one or two bars.</summary>
    private const int MinRows = 5;
    private const string Bar = "#0b6e4f";

    public static string Render(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = new StringBuilder();
        var height = chart.Horizontal ? Top + (Math.Max(chart.Bars.Count, MinRows) * RowHeight) + 56 : 300;
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" "))
            .Append(Inv($"aria-labelledby=\"{chart.Id}-title\" aria-describedby=\"{chart.Id}-desc\" class=\"chart\" id=\"{chart.Id}\">"))
            .Append(Inv($"<title id=\"{chart.Id}-title\">{Html(chart.Title)}</title>"))
            .Append(Inv($"<desc id=\"{chart.Id}-desc\">{Html(Describe(chart))}</desc>"));
        if (chart.Horizontal)
        {
            Horizontal(svg, chart, height);
        }
        else
        {
            Vertical(svg, chart, height);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The text alternative: how many bars, the total, and the three largest.</summary>
    public static string Describe(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Bars.Count == 0)
        {
            return chart.EmptyText;
        }

        var total = chart.Bars.Sum(b => b.Count);
        var largest = chart.Bars.OrderByDescending(b => b.Count).Take(3).Select(b => $"{b.Label}: {Number(b.Count)}");
        return $"Diagram batang, {chart.Bars.Count} batang, jumlah {Number(total)}. Terbanyak: {string.Join("; ", largest)}.";
    }

    private static void Horizontal(StringBuilder svg, BarChart chart, int height)
    {
        const int left = 220;
        const int right = 56;
        var plotWidth = Width - left - right;
        var plotBottom = height - 44;
        var max = NiceMax(chart.Bars.Select(b => b.Count).DefaultIfEmpty(0).Max());
        for (var tick = 0; tick <= 4; tick++)
        {
            var x = left + (plotWidth * tick / 4.0);
            svg.Append(Inv($"<line class=\"grid\" x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{plotBottom}\" stroke=\"#ddd\"/>"))
                .Append(Inv($"<text class=\"tick\" x=\"{x:0.#}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">{Number(max * tick / 4)}</text>"));
        }

        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = Top + (i * RowHeight) + 4;
            var w = plotWidth * bar.Count / (double)max;
            svg.Append(Inv($"<text class=\"category\" x=\"{left - 8}\" y=\"{y + 14}\" text-anchor=\"end\">{Html(Shorten(bar.Label, 26))}</text>"))
                .Append(Inv($"<rect class=\"bar\" x=\"{left}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{RowHeight - 8}\" fill=\"{Bar}\">"))
                .Append(Inv($"<title>{Html(bar.Label)}: {Number(bar.Count)}</title></rect>"))
                .Append(Inv($"<text class=\"value\" x=\"{left + w + 6:0.##}\" y=\"{y + 14}\">{Number(bar.Count)}</text>"));
        }

        Axes(svg, chart, left, Top, left + plotWidth, plotBottom, height);
    }

    private static void Vertical(StringBuilder svg, BarChart chart, int height)
    {
        const int left = 64;
        const int right = 16;
        var plotWidth = Width - left - right;
        var plotBottom = height - 64;
        var max = NiceMax(chart.Bars.Select(b => b.Count).DefaultIfEmpty(0).Max());
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = plotBottom - ((plotBottom - Top) * tick / 4.0);
            svg.Append(Inv($"<line class=\"grid\" x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>"))
                .Append(Inv($"<text class=\"tick\" x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Number(max * tick / 4)}</text>"));
        }

        var count = chart.Bars.Count;
        var slot = count == 0 ? plotWidth : plotWidth / (double)count;
        // At most about 12 date labels fit under the axis; the others are in each bar's tooltip.
        var every = Math.Max(1, (int)Math.Ceiling(count / 12.0));
        for (var i = 0; i < count; i++)
        {
            var bar = chart.Bars[i];
            var h = (plotBottom - Top) * bar.Count / (double)max;
            var x = left + (i * slot);
            svg.Append(Inv($"<rect class=\"bar\" x=\"{x + (slot * 0.1):0.##}\" y=\"{plotBottom - h:0.##}\" width=\"{slot * 0.8:0.##}\" height=\"{h:0.##}\" fill=\"{Bar}\">"))
                .Append(Inv($"<title>{Html(bar.Label)}: {Number(bar.Count)}</title></rect>"));
            if (i % every == 0)
            {
                svg.Append(Inv($"<text class=\"category\" x=\"{x + (slot / 2):0.##}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\">{Html(bar.Label)}</text>"));
            }
        }

        Axes(svg, chart, left, Top, left + plotWidth, plotBottom, height);
    }

    /// <summary>The two axis lines, both axis labels, and the empty-chart note.</summary>
    private static void Axes(StringBuilder svg, BarChart chart, int left, int top, double right, int bottom, int height)
    {
        svg.Append(Inv($"<line class=\"axis\" x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#333\"/>"))
            .Append(Inv($"<line class=\"axis\" x1=\"{left}\" y1=\"{bottom}\" x2=\"{right:0.#}\" y2=\"{bottom}\" stroke=\"#333\"/>"));
        var (xLabel, yLabel) = chart.Horizontal ? (chart.ValueAxisLabel, chart.CategoryAxisLabel) : (chart.CategoryAxisLabel, chart.ValueAxisLabel);
        svg.Append(Inv($"<text class=\"axis-label x-label\" x=\"{(left + right) / 2:0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{Html(xLabel)}</text>"))
            .Append(Inv($"<text class=\"axis-label y-label\" transform=\"translate(14 {(top + bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Html(yLabel)}</text>"));
        if (chart.Bars.Count == 0)
        {
            svg.Append(Inv($"<text class=\"empty\" x=\"{(left + right) / 2:0.#}\" y=\"{(top + bottom) / 2}\" text-anchor=\"middle\">{Html(chart.EmptyText)}</text>"));
        }
    }

    /// <summary>The axis maximum: the largest value rounded up to 4 × a tick step of 1, 2 or 5 × 10ⁿ (never 0).</summary>
    private static int NiceMax(int largest)
    {
        var step = 1;
        while (step * 4 < largest)
        {
            var digits = (int)Math.Pow(10, Math.Floor(Math.Log10(step)));
            step = (step / digits) switch
            {
                1 => 2 * digits,
                2 => 5 * digits,
                _ => 10 * digits,
            };
        }

        return step * 4;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Number(int value) => ValueFormatter.Number(value, Language.Id);

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
