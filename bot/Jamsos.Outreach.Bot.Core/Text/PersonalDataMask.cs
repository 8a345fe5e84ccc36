using System.Text;

namespace Jamsos.Outreach.Bot.Core.Text;

/// <summary>
/// Masks what looks like personal numbers (NIK, phone, card or account numbers: runs of 6 or more
/// digits, spaces and dashes allowed inside) before a question is kept for the content team.
/// </summary>
public static class PersonalDataMask
{
    public const string Mask = "[angka]";
    private const int MinDigits = 6;

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }

            var start = i;
            var digits = 0;
            var end = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ' ' or '-' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    digits++;
                    end = i + 1;
                }

                i++;
            }

            // Amounts written with thousands dots ("3.000.000") are kept: they are not identifiers.
            var run = text[start..end];
            var isAmount = run.Contains('.', StringComparison.Ordinal) && !run.Contains(' ', StringComparison.Ordinal) && !run.Contains('-', StringComparison.Ordinal);
            result.Append(digits >= MinDigits && !isAmount ? Mask : run);
            i = end;
        }

        return result.ToString();
    }
}
