namespace Jamsos.Outreach.Knowledge.Validation;

/// <summary>Settings of <c>check-content</c>.</summary>
public sealed class ContentCheckOptions
{
    /// <summary>A <c>checked</c> date older than this many days (before today) is reported as stale.</summary>
    public int MaxCheckedAgeDays { get; init; } = 365;

    /// <summary>The date the check runs for (today, from the TimeProvider, unless fixed).</summary>
    public DateOnly Today { get; init; }
}
