namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>The question the reminder dialogue waits on.</summary>
public enum ReminderStep
{
    Day,
    Sector,
    Income,
    Confirm,
}
