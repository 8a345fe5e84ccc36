namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>
/// One chart of the report: its id (for the SVG's title and description ids), title, axis labels, and
/// bars. Time runs left to right (<see cref="Horizontal"/> false, one column per day); categories are
/// horizontal bars so long names stay readable. <see cref="EmptyText"/> is shown when there are no bars.
/// </summary>
internal sealed record BarChart(
    string Id,
    string Title,
    string CategoryAxisLabel,
    string ValueAxisLabel,
    IReadOnlyList<CategoryCount> Bars,
    bool Horizontal,
    string EmptyText = "Belum ada data.");
