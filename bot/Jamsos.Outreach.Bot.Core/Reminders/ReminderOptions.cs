using System.ComponentModel.DataAnnotations;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>Settings of the payment reminders (configuration section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>False: the scheduler does not run in this process (the dialogue still works).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jakarta time of day (WIB) reminders go out, two days before the chosen day.</summary>
    public TimeOnly SendTime { get; set; } = new(8, 0);

    /// <summary>How often the scheduler looks for due reminders.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the scheduler's lease lasts; it is renewed before each reminder it sends.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Reminders sent at most per run; the rest wait for the next run (the channels pace each send too).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 200;
}
