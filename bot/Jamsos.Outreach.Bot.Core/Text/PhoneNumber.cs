namespace Jamsos.Outreach.Bot.Core.Text;

/// <summary>
/// Indonesian phone numbers as people type them ("0812 3456 7890", "62812-3456-7890",
/// "+62 812 3456 7890", "(021) 555 1234") normalised to E.164 (+62…). Anything else is refused.
/// </summary>
public static class PhoneNumber
{
    /// <summary>Digits after +62: 8 to 12 (mobile numbers start with 8, landlines with an area code 2-9).</summary>
    private const int MinNationalDigits = 8;
    private const int MaxNationalDigits = 12;

    public static bool TryNormalize(string? input, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return false;
        }

        var digits = new System.Text.StringBuilder(16);
        var plus = false;
        foreach (var c in input.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0 && !plus)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        var number = digits.ToString();
        string national;
        if (number.StartsWith("62", StringComparison.Ordinal))
        {
            national = number[2..];
        }
        else if (!plus && number.StartsWith('0'))
        {
            national = number[1..];
        }
        else
        {
            return false;
        }

        if (national.Length is < MinNationalDigits or > MaxNationalDigits || national[0] is '0' or '1')
        {
            return false;
        }

        e164 = "+62" + national;
        return true;
    }

    /// <summary>
    /// A normalised number (+62…) in the national form people write: a mobile number in groups of four
    /// ("0812-3456-7890"), any other number as one run ("0215551234"). Anything else is returned as given.
    /// </summary>
    public static string ForDisplay(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        if (!e164.StartsWith("+62", StringComparison.Ordinal) || e164.Length < 4)
        {
            return e164;
        }

        var national = "0" + e164[3..];
        if (national[1] != '8' || national.Length <= 8)
        {
            return national;
        }

        return national[..4] + "-" + national[4..8] + "-" + national[8..];
    }
}
