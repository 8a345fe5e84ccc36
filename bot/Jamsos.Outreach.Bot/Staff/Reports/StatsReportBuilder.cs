using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Staff.Reports;

/// <summary>
/// Counts what the stores return into a <see cref="StatsReport"/>, grouping as the text <c>stats</c> verb
/// does (StaffReports.Stats): sign-ups by UTC day, region, occupation and referrer (the agent's code),
/// feedback helpful or not, unanswered questions by intent, and the reminder figures when given. Given the agents, an agent's bar carries their name. Days without a sign-up between the first and
/// the last count as zero, so the day chart's axis is real time.
/// </summary>
internal static class StatsReportBuilder
{
    /// <summary>The label for sign-ups that came without an agent's referral.</summary>
    public const string NoAgent = "(tanpa agen)";

    /// <summary>The day chart stops at this many days (the most recent), so a year of data stays readable.</summary>
    public const int MaxDays = 92;

    public static StatsReport Build(
        IReadOnlyList<SignUp> signUps,
        IReadOnlyList<Feedback> feedback,
        IReadOnlyList<UnansweredQuestion> unanswered,
        DateTimeOffset generatedAt,
        int top = 12,
        IReadOnlyList<Agent>? agents = null,
        ReminderCounts? reminders = null)
    {
        ArgumentNullException.ThrowIfNull(signUps);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(unanswered);
        return new StatsReport(
            generatedAt,
            signUps.Count,
            PerDay(signUps.Select(s => DateOnly.FromDateTime(s.CreatedAt.UtcDateTime))),
            Top(signUps.Select(s => s.Region), top),
            Top(signUps.Select(s => s.Occupation), top),
            Top(signUps.Select(s => AgentLabel(s.Referrer, agents ?? [])), top),
            RemindersActive: reminders?.Active,
            LapseWarningsSent: reminders?.LapseWarnings,
            feedback.Count(f => f.Helpful),
            feedback.Count(f => !f.Helpful),
            Top(unanswered.Select(u => u.Intent), top));
    }

    /// <summary>
    /// An agent's bar: the code with the agent's name when the agent store knows it ("K7M2QX (Siti)"),
    /// the code alone for a link no agent has; codes compared ignoring case, as the agent store does.
    /// </summary>
    public static string AgentLabel(string? referrer, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        if (referrer is null)
        {
            return NoAgent;
        }

        var agent = agents.FirstOrDefault(a => string.Equals(a.Code, referrer, StringComparison.OrdinalIgnoreCase));
        return agent is null ? referrer : agent.Code + " (" + agent.Name + ")";
    }

    /// <summary>Counts per label, largest first (ties by label), the rest summed into "lainnya".</summary>
    public static IReadOnlyList<CategoryCount> Top(IEnumerable<string> labels, int top)
    {
        var counts = labels
            .GroupBy(l => string.IsNullOrWhiteSpace(l) ? "(kosong)" : l.Trim(), StringComparer.Ordinal)
            .Select(g => new CategoryCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();
        if (counts.Count <= top)
        {
            return counts;
        }

        return [.. counts.Take(top - 1), new CategoryCount($"lainnya ({counts.Count - top + 1})", counts.Skip(top - 1).Sum(c => c.Count))];
    }

    public static IReadOnlyList<DayCount> PerDay(IEnumerable<DateOnly> days)
    {
        var counts = days.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0)
        {
            return [];
        }

        var last = counts.Keys.Max();
        var first = counts.Keys.Min();
        if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            first = last.AddDays(-(MaxDays - 1));
        }

        return [.. Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(i => first.AddDays(i))
            .Select(d => new DayCount(d, counts.GetValueOrDefault(d)))];
    }
}
