using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Bot.Core.Text;

/// <summary>
/// Removes what identifies a person from free text before it is kept for the content editors:
/// <list type="bullet">
/// <item>identity and phone numbers: a NIK is 16 digits, a phone number 10 to 13, typed in groups with
/// spaces, hyphens or dots ("0812-3456-7890", "0812.3456.7890", "+62 812 3456 7890"). A run of six or more
/// digits with single separators becomes "[angka]", except an amount written with thousands dots
/// ("1.500.000"), which the editors need to see;</item>
/// <item>e-mail addresses, which become "[email]";</item>
/// <item>a name the person gives ("nama saya Siti Aminah", "atas nama …", "my name is …"), which becomes
/// "[nama]" (<see cref="SelfIntroducedName"/>).</item>
/// </list>
/// Masking errs towards removing: a run that mixes an amount with other digits is masked whole.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Placeholder = "[angka]";

    public const string EmailPlaceholder = "[email]";

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = Email().Replace(text, EmailPlaceholder);
        masked = DigitRun().Replace(masked, m => IsAmount(m.ValueSpan) ? m.Value : Placeholder);
        return SelfIntroducedName.Mask(masked);
    }

    /// <summary>"1.500.000", "25.000.000": 1 to 3 digits (not starting with 0), then groups of three after dots.</summary>
    private static bool IsAmount(ReadOnlySpan<char> run) => ThousandsAmount().IsMatch(run);

    // Linear: each digit is matched once, the optional separator cannot overlap a digit.
    [GeneratedRegex(@"\+?\d(?:[ .\-]?\d){5,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"^[1-9]\d{0,2}(?:\.\d{3})+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThousandsAmount();

    // Deliberately broad (anything@anything.tld): a false positive costs an editor one word, a miss leaks an address.
    [GeneratedRegex(@"[\p{L}\p{N}._%+\-_]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();
}
