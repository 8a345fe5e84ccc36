using System.Globalization;
using System.Net;
using System.Text;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>
/// The staff report as ONE self-contained HTML page: inline CSS, inline SVG charts, no script, no
/// font, image or link to fetch. A Content-Security-Policy of <c>default-src 'none'</c> makes the
/// browser refuse any request should one slip in. Each chart is a figure with a caption and a table of
/// its numbers (the text alternative for people who cannot see the bars). Labels are Indonesian.
/// </summary>
internal static class StatsReportRenderer
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
        main{max-width:760px;margin:0 auto;padding:16px}
        h1{font-size:1.5rem;color:#0b6e4f}h2{font-size:1.15rem;margin:0 0 8px}
        section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 16px;margin:16px 0}
        figure{margin:0}figcaption{font-size:.9rem;color:#444;margin-top:4px}
        svg.chart{display:block;font-size:12px}svg .axis-label{font-weight:600;font-size:13px}
        svg .empty{fill:#666;font-style:italic}
        dl{display:grid;grid-template-columns:max-content auto;gap:4px 16px}dt{font-weight:600}dd{margin:0}
        table{border-collapse:collapse;margin-top:8px}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
        td.n{text-align:right}
        """;

    public static string Render(StatsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var generated = report.GeneratedAt.ToOffset(TimeSpan.FromHours(7));
        var when = ValueFormatter.Date(DateOnly.FromDateTime(generated.DateTime), Language.Id) + " " +
            generated.ToString("HH.mm", CultureInfo.InvariantCulture) + " WIB";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>Laporan Jamsos Outreach, ").Append(Html(when)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Laporan pendaftaran dan pertanyaan</h1>\n<p>Dibuat ").Append(Html(when)).Append(".</p>\n");
        Summary(html, report);
        foreach (var chart in Charts(report))
        {
            Figure(html, chart);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>The report's charts in page order.</summary>
    public static IReadOnlyList<BarChart> Charts(StatsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var days = report.SignUpsPerDay.Select(d => new CategoryCount(ShortDate(d.Day), d.Count)).ToList();
        IReadOnlyList<CategoryCount> reminders = report.RemindersActive is null && report.LapseWarningsSent is null
            ? []
            : [new("Pengingat aktif", report.RemindersActive ?? 0), new("Peringatan menunggak", report.LapseWarningsSent ?? 0)];
        IReadOnlyList<CategoryCount> feedback = report.FeedbackHelpful + report.FeedbackNotHelpful == 0
            ? []
            : [new("Membantu", report.FeedbackHelpful), new("Tidak membantu", report.FeedbackNotHelpful)];
        return
        [
            new("chart-per-day", "Pendaftaran per hari", "Tanggal", "Jumlah pendaftaran", days, Horizontal: false),
            new("chart-region", "Pendaftaran per wilayah", "Wilayah", "Jumlah pendaftaran", report.SignUpsByRegion, Horizontal: true),
            new("chart-occupation", "Pendaftaran per pekerjaan", "Pekerjaan", "Jumlah pendaftaran", report.SignUpsByOccupation, Horizontal: true),
            new("chart-agent", "Pendaftaran per agen", "Kode agen", "Jumlah pendaftaran", report.SignUpsByAgent, Horizontal: true),
            new("chart-reminders", "Pengingat iuran", "Jenis", "Jumlah", reminders, Horizontal: true,
                EmptyText: "Belum ada data pengingat."),
            new("chart-feedback", "Penilaian jawaban", "Penilaian", "Jumlah suara", feedback, Horizontal: true),
            new("chart-unanswered", "Pertanyaan tak terjawab per topik", "Topik (intent)", "Jumlah pertanyaan", report.UnansweredByIntent, Horizontal: true),
        ];
    }

    private static void Summary(StringBuilder html, StatsReport report)
    {
        var votes = report.FeedbackHelpful + report.FeedbackNotHelpful;
        var helpful = votes == 0 ? "-" : Number((int)Math.Round(100.0 * report.FeedbackHelpful / votes)) + "%";
        html.Append("<section aria-labelledby=\"ringkasan\">\n<h2 id=\"ringkasan\">Ringkasan</h2>\n<dl>\n")
            .Append("<dt>Pendaftaran</dt><dd>").Append(Number(report.SignUpTotal)).Append("</dd>\n")
            .Append("<dt>Pengingat aktif</dt><dd>").Append(Optional(report.RemindersActive)).Append("</dd>\n")
            .Append("<dt>Peringatan menunggak terkirim</dt><dd>").Append(Optional(report.LapseWarningsSent)).Append("</dd>\n")
            .Append("<dt>Jawaban dinilai membantu</dt><dd>").Append(helpful).Append(" dari ").Append(Number(votes)).Append(" suara</dd>\n")
            .Append("<dt>Pertanyaan tak terjawab</dt><dd>").Append(Number(report.UnansweredByIntent.Sum(u => u.Count))).Append("</dd>\n")
            .Append("</dl>\n</section>\n");
    }

    /// <summary>A chart with its caption (the text alternative) and its numbers as a table.</summary>
    private static void Figure(StringBuilder html, BarChart chart)
    {
        html.Append("<section aria-labelledby=\"").Append(chart.Id).Append("-h\">\n<h2 id=\"").Append(chart.Id).Append("-h\">")
            .Append(Html(chart.Title)).Append("</h2>\n<figure>\n").Append(SvgBarChartRenderer.Render(chart)).Append('\n')
            .Append("<figcaption>").Append(Html(SvgBarChartRenderer.Describe(chart))).Append("</figcaption>\n</figure>\n");
        if (chart.Bars.Count > 0)
        {
            html.Append("<details><summary>Angka</summary>\n<table>\n<thead><tr><th scope=\"col\">").Append(Html(chart.CategoryAxisLabel))
                .Append("</th><th scope=\"col\">").Append(Html(chart.ValueAxisLabel)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var bar in chart.Bars)
            {
                html.Append("<tr><td>").Append(Html(bar.Label)).Append("</td><td class=\"n\">").Append(Number(bar.Count)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</details>\n");
        }

        html.Append("</section>\n");
    }

    private static string ShortDate(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {ValueFormatter.MonthName(day.Month, Language.Id)[..3]}");

    private static string Optional(int? value) => value is { } v ? Number(v) : "belum ada data";

    private static string Number(int value) => ValueFormatter.Number(value, Language.Id);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
