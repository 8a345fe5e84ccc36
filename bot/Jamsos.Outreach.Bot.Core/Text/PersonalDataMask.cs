using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Bot.Core.Text;

/// <summary>
/// Removes identity numbers from free text before it is kept: a NIK is 16 digits, a phone number 10 to
/// 13, and both are often typed in groups ("0812-3456-7890", "3201 1234 5678 9012"). So a run of six or
/// more digits, with single spaces or hyphens allowed between them, becomes "[angka]". Dots are not
/// separators: "1.500.000" is an income, which the content editors need to see.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Placeholder = "[angka]";

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DigitRun().Replace(text, Placeholder);
    }

    // Linear: each digit is matched once, the optional separator cannot overlap a digit.
    [GeneratedRegex(@"\+?\d(?:[ \-]?\d){5,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitRun();
}
