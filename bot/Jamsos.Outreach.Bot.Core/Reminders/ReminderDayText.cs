using System.Globalization;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// A typed pay day: "10", "tgl 10", "tanggal 10", "day 10", "10." → 10; anything else (words, "2,5 juta",
/// 0, 29, 31, a long digit run) is refused. Never throws on any input.
/// </summary>
public static class ReminderDayText
{
    private static readonly string[] Prefixes = ["tanggal", "tgl.", "tgl", "day", "the"];

    public static bool TryParse(string? text, out int day)
    {
        day = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var rest = text.Trim().ToLowerInvariant();
        foreach (var prefix in Prefixes)
        {
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                rest = rest[prefix.Length..].Trim();
                break;
            }
        }

        rest = rest.TrimEnd('.', '!', ' ');
        if (rest.EndsWith("th", StringComparison.Ordinal) || rest.EndsWith("st", StringComparison.Ordinal) || rest.EndsWith("nd", StringComparison.Ordinal) || rest.EndsWith("rd", StringComparison.Ordinal))
        {
            rest = rest[..^2];
        }

        return rest.Length is 1 or 2 && rest.All(char.IsAsciiDigit)
            && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out day)
            && day is >= ReminderSchedule.FirstDay and <= ReminderSchedule.LastDay;
    }
}
