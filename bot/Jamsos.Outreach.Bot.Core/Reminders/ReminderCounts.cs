namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// Staff figures about reminders: how many are active and how many lapse warnings were sent, in all and
/// per agent code of the chat the reminder was set in (chats that came without a code are under null).
/// </summary>
public sealed record ReminderCounts(int Active, int LapseWarnings, IReadOnlyDictionary<string, ReminderAgentCount> ByReferrer)
{
    public static readonly ReminderCounts Empty = new(0, 0, new Dictionary<string, ReminderAgentCount>());
}

/// <summary>One agent code's reminders: active ones and lapse warnings sent.</summary>
public sealed record ReminderAgentCount(int Active, int LapseWarnings);
