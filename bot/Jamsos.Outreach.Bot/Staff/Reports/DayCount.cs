namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>How many on one calendar day.</summary>
internal sealed record DayCount(DateOnly Day, int Count);
