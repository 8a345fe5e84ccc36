using Jamsos.Outreach.Bot.Staff.Reports;

namespace Jamsos.Outreach.Tests.Bot.Staff;

/// <summary>A report with every part filled, a gap day, and a label with markup in it.</summary>
internal static class SampleStatsReport
{
    public static StatsReport Create() => new(
        GeneratedAt: new DateTimeOffset(2026, 12, 5, 7, 30, 0, TimeSpan.Zero),
        SignUpTotal: 23,
        SignUpsPerDay: [new(new DateOnly(2026, 12, 1), 5), new(new DateOnly(2026, 12, 2), 0), new(new DateOnly(2026, 12, 3), 11), new(new DateOnly(2026, 12, 4), 7)],
        SignUpsByRegion: [new("Kota Serang", 12), new("Kab. Lebak", 7), new("<b>Cilegon</b>", 4)],
        SignUpsByOccupation: [new("Ojol", 10), new("Pedagang", 8), new("Petani", 5)],
        SignUpsByAgent: [new("K7M2QX", 14), new(StatsReportBuilder.NoAgent, 9)],
        RemindersActive: 31,
        LapseWarningsSent: 4,
        FeedbackHelpful: 40,
        FeedbackNotHelpful: 6,
        UnansweredByIntent: [new("iuran", 5), new("jkk", 2)]);
}
