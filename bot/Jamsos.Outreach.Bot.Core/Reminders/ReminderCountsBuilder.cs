namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>Builds <see cref="ReminderCounts"/> from per-referrer rows, as both stores read them.</summary>
public static class ReminderCountsBuilder
{
    /// <summary>Rows with a null referrer count in the totals only.</summary>
    public static ReminderCounts From(IEnumerable<(string? Referrer, int Active, int Warnings)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byReferrer = new Dictionary<string, ReminderAgentCount>(StringComparer.OrdinalIgnoreCase);
        var (active, warnings) = (0, 0);
        foreach (var (referrer, count, warned) in rows)
        {
            active += count;
            warnings += warned;
            if (referrer is not null)
            {
                var known = byReferrer.GetValueOrDefault(referrer, new ReminderAgentCount(0, 0));
                byReferrer[referrer] = new ReminderAgentCount(known.Active + count, known.LapseWarnings + warned);
            }
        }

        return new ReminderCounts(active, warnings, byReferrer);
    }
}
