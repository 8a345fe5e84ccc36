using System.Globalization;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Reads rupiah amounts the way people write them: "3jt", "3 juta", "3,5jt", "1.5 jt", "3.000.000",
/// "3000000", "16rb", "800 ribu", "800k", "Rp 3.000.000", "2 million". Works on normalised tokens.
/// </summary>
public static class AmountParser
{
    /// <summary>Unit words and suffixes and what they multiply by (<see cref="IncomeText"/> reads the same ones, but "m").</summary>
    internal static readonly Dictionary<string, decimal> Units = new(StringComparer.Ordinal)
    {
        ["jt"] = 1_000_000m, ["juta"] = 1_000_000m, ["jutaan"] = 1_000_000m, ["jta"] = 1_000_000m, ["jtan"] = 1_000_000m,
        ["jeti"] = 1_000_000m, ["million"] = 1_000_000m, ["mio"] = 1_000_000m, ["m"] = 1_000_000m, ["yuta"] = 1_000_000m,
        ["rb"] = 1_000m, ["ribu"] = 1_000m, ["ribuan"] = 1_000m, ["rbu"] = 1_000m, ["rban"] = 1_000m, ["k"] = 1_000m,
        ["rebu"] = 1_000m, ["ewu"] = 1_000m, ["thousand"] = 1_000m, ["rbuan"] = 1_000m, ["ribuh"] = 1_000m,
    };

    /// <summary>
    /// Tries to read an amount at <paramref name="index"/>. <paramref name="consumed"/> is 2 when the next
    /// token was its unit ("3 juta"), else 1.
    /// </summary>
    public static bool TryRead(IReadOnlyList<string> tokens, int index, out decimal amount, out int consumed)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        amount = 0;
        consumed = 1;
        var token = tokens[index];
        if (token.Length == 0 || !char.IsAsciiDigit(token[0]) || token.Length > 24)
        {
            return false;
        }

        var split = 0;
        while (split < token.Length && (char.IsAsciiDigit(token[split]) || token[split] is '.' or ','))
        {
            split++;
        }

        var numberText = token[..split];
        var suffix = token[split..];
        decimal multiplier = 1;
        var hasUnit = false;
        if (suffix.Length > 0)
        {
            if (!Units.TryGetValue(suffix, out multiplier))
            {
                return false;
            }

            hasUnit = true;
        }
        else if (index + 1 < tokens.Count && Units.TryGetValue(tokens[index + 1], out var next))
        {
            multiplier = next;
            hasUnit = true;
            consumed = 2;
        }

        if (!TryParseNumber(numberText, hasUnit, out var number))
        {
            return false;
        }

        amount = number * multiplier;
        return amount is > 0 and < 1_000_000_000_000m;
    }

    /// <summary>
    /// "3.000.000" and "3,000,000" are grouped thousands; "3,5" and "1.5" before a unit are decimals.
    /// </summary>
    internal static bool TryParseNumber(string text, bool hasUnit, out decimal number)
    {
        number = 0;
        if (text.Length == 0)
        {
            return false;
        }

        var dots = text.Count(c => c == '.');
        var commas = text.Count(c => c == ',');
        string canonical;
        if (dots == 0 && commas == 0)
        {
            canonical = text;
        }
        else if (dots > 0 && commas > 0)
        {
            // Both: the last one is the decimal mark.
            var decimalMark = text.LastIndexOf('.') > text.LastIndexOf(',') ? '.' : ',';
            var groupMark = decimalMark == '.' ? ',' : '.';
            canonical = text.Replace(groupMark.ToString(), string.Empty, StringComparison.Ordinal).Replace(decimalMark, '.');
        }
        else
        {
            var mark = dots > 0 ? '.' : ',';
            var groups = text.Split(mark);
            var looksGrouped = groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
            canonical = looksGrouped && !(hasUnit && groups.Length == 2)
                ? text.Replace(mark.ToString(), string.Empty, StringComparison.Ordinal)
                : groups.Length == 2 ? groups[0] + "." + groups[1] : string.Empty;
        }

        return decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}
