namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>
/// What the staff report shows, already counted. <see cref="StatsReportBuilder"/> fills the parts the
/// stores hold (sign-ups, feedback, unanswered questions, payment reminders); the reminder figures are null
/// only when no reminder counts were given, and the page then says "no data yet" rather than showing a zero.
/// </summary>
internal sealed record StatsReport(
    DateTimeOffset GeneratedAt,
    int SignUpTotal,
    IReadOnlyList<DayCount> SignUpsPerDay,
    IReadOnlyList<CategoryCount> SignUpsByRegion,
    IReadOnlyList<CategoryCount> SignUpsByOccupation,
    IReadOnlyList<CategoryCount> SignUpsByAgent,
    int? RemindersActive,
    int? LapseWarningsSent,
    int FeedbackHelpful,
    int FeedbackNotHelpful,
    IReadOnlyList<CategoryCount> UnansweredByIntent);
