namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>One bar of a chart: a label (a region, an agent's code, an intent) and how many.</summary>
internal sealed record CategoryCount(string Label, int Count);
