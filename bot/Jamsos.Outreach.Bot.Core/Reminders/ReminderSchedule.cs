namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// When reminders go out, in Jakarta time (WIB, UTC+7, no daylight saving): two days before the day the
/// person chose, at <see cref="ReminderOptions.SendTime"/>. Pure: the instant is passed in.
/// </summary>
public static class ReminderSchedule
{
    public const int FirstDay = 1;

    /// <summary>28, so every month has the day (no "31 February").</summary>
    public const int LastDay = 28;

    /// <summary>Days between the reminder and the chosen pay day.</summary>
    public const int DaysBefore = 2;

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>The reminder instant (UTC) for a pay date.</summary>
    public static DateTimeOffset SendAt(DateOnly payDate, TimeOnly sendTime) =>
        new DateTimeOffset(payDate.AddDays(-DaysBefore).ToDateTime(sendTime), Wib).ToUniversalTime();

    /// <summary>The first pay date on <paramref name="day"/> whose reminder is still to come after <paramref name="now"/>.</summary>
    public static DateOnly NextPayDate(int day, DateTimeOffset now, TimeOnly sendTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, FirstDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, LastDay);
        var today = JakartaDate(now);
        var candidate = new DateOnly(today.Year, today.Month, day);
        while (SendAt(candidate, sendTime) <= now)
        {
            candidate = candidate.AddMonths(1);
        }

        return candidate;
    }

    /// <summary>The date in Jakarta at <paramref name="now"/>.</summary>
    public static DateOnly JakartaDate(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime + Wib);
}
