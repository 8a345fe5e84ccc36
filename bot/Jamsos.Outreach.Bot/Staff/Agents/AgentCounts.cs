using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Staff.Agents;

/// <summary>
/// Counts sign-ups and unanswered questions per agent by the referral code they carry, ignoring case
/// (the code is compared as the agent store compares it). Pure: the verbs read the stores, this counts.
/// </summary>
internal static class AgentCounts
{
    public static IReadOnlyList<AgentRow> Rows(IReadOnlyList<Agent> agents, IReadOnlyList<SignUp> signUps, IReadOnlyList<UnansweredQuestion> unanswered, ReminderCounts? reminders = null)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(signUps);
        ArgumentNullException.ThrowIfNull(unanswered);
        var byCode = signUps.Where(s => s.Referrer is not null).ToLookup(s => s.Referrer!, StringComparer.OrdinalIgnoreCase);
        var questions = unanswered.Where(u => u.Referrer is not null).ToLookup(u => u.Referrer!, StringComparer.OrdinalIgnoreCase);
        return [.. agents.Select(a => new AgentRow(
            a,
            byCode[a.Code].Count(),
            byCode[a.Code].Select(s => (DateTimeOffset?)s.CreatedAt).Max(),
            questions[a.Code].Count(),
            Reminder(reminders, a.Code).Active,
            Reminder(reminders, a.Code).LapseWarnings))];
    }

    /// <summary>An agent's reminder figures; the counts are keyed ignoring case, as codes are compared.</summary>
    private static ReminderAgentCount Reminder(ReminderCounts? reminders, string code) =>
        reminders?.ByReferrer.FirstOrDefault(r => string.Equals(r.Key, code, StringComparison.OrdinalIgnoreCase)).Value ?? new ReminderAgentCount(0, 0);

    /// <summary>Referral codes sign-ups carry that no agent has (an old or mistyped link), with their sign-ups, most first.</summary>
    public static IReadOnlyList<(string Code, int SignUps)> UnknownCodes(IReadOnlyList<Agent> agents, IReadOnlyList<SignUp> signUps)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(signUps);
        var known = agents.Select(a => a.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. signUps
            .Where(s => s.Referrer is not null && !known.Contains(s.Referrer))
            .GroupBy(s => s.Referrer!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(c => c.Item2)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }
}
