using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>Why a typed income was not read (<see cref="IncomeProblem.None"/> when it was).</summary>
public enum IncomeProblem
{
    None,

    /// <summary>No number at all: empty, "banyak deh", "juta".</summary>
    NoNumber,

    /// <summary>A minus sign before the number: "-3 juta".</summary>
    Negative,

    /// <summary>Two or more numbers: "2 atau 3 juta", "3-4 juta", "3 juta 500".</summary>
    Several,

    /// <summary>A day, week, year or hour: "150rb per hari".</summary>
    NotMonthly,

    /// <summary>A word that is not a unit, currency, "per month" or a known filler: "3 miliar", "3 juta dolar".</summary>
    UnknownWord,

    /// <summary>A number written in a way that can be read two ways or not at all: "1.500rb", "1.5m", "3.000,000".</summary>
    UnclearNumber,

    /// <summary>A bare number under Rp1.000 or with decimals and no unit: "3", "2,5" (3 juta? 2,5 juta?).</summary>
    NoUnit,

    /// <summary>"0", "0 juta".</summary>
    Zero,

    /// <summary>More than <see cref="IncomeText.Maximum"/>: a slip of the zeros.</summary>
    TooLarge,
}

/// <summary>
/// One monthly income typed into one field (the bot's /iuran, the site's calculator): either one clear
/// amount in rupiah or a <see cref="IncomeProblem"/>, never a guess. calculator.js implements the same
/// grammar over the same words (sent in the calculator's data); the vectors in
/// tests/Jamsos.Outreach.Tests/Fixtures/amounts/income_vectors.json hold both to it.
/// <list type="bullet">
/// <item>Text: ASCII letters are lower-cased; '.' and ',' count only between two digits; a '-' before a
/// digit that does not follow a number is a minus sign; every other character separates words.</item>
/// <item>Accepted: one number, optionally with a unit (<see cref="Units"/>: "3jt", "3 juta", "800rb",
/// "800k", "2 million"; not "m", which is million in English and miliar in Indonesian), with any of
/// <see cref="Ignored"/> around it ("Rp", "per bulan", "/bln", "sekitar", "gaji saya"), or a juta part
/// followed by a ribu part ("3 juta 500 ribu").</item>
/// <item>With a unit the number is whole or has one or two decimals ("3,5 juta", "2.25jt"); three digits
/// after the mark ("1.500rb": 1.500 or 1,5 juta?) are unclear. Without a unit it is digits or grouped
/// thousands with one mark throughout ("3000000", "3.000.000", "3,000,000"), at least
/// <see cref="MinimumWithoutUnit"/>; "3" or "2,5" needs its unit; no rupiah cents.</item>
/// <item>The amount is above zero and at most <see cref="Maximum"/>.</item>
/// <item>When several things are wrong, the first of: no number, negative, several numbers, not monthly,
/// an unknown word, then the number itself (unclear, no unit, zero, too large).</item>
/// </list>
/// </summary>
public static partial class IncomeText
{
    /// <summary>Rp1 miliar a month: anything larger is a slip of the zeros.</summary>
    public const decimal Maximum = 1_000_000_000m;

    /// <summary>A bare number under Rp1.000 ("3", "800") most likely left out its unit.</summary>
    public const decimal MinimumWithoutUnit = 1_000m;

    private const decimal Juta = 1_000_000m;
    private const decimal Ribu = 1_000m;

    /// <summary>The free-text parser's units but "m" (million in English, miliar in Indonesian).</summary>
    public static IReadOnlyDictionary<string, decimal> Units { get; } =
        AmountParser.Units.Where(u => u.Key != "m").ToDictionary(u => u.Key, u => u.Value, StringComparer.Ordinal);

    /// <summary>Words and two-word phrases that change nothing: currency, "per month", fillers and chat particles.</summary>
    public static IReadOnlyList<string> Ignored { get; } =
    [
        "rp", "idr", "rupiah",
        "per", "a", "tiap", "setiap", "each", "every", "bulan", "bln", "sebulan", "sebln", "perbulan", "perbln", "bulanan",
        "month", "monthly", "mo",
        "gaji", "penghasilan", "pendapatan", "pemasukan", "saya", "sy", "aku", "gue", "gw", "bersih",
        "sekitar", "sekitaran", "kisaran", "kurang lebih", "kurleb", "kira kira", "kira2", "rata rata", "rata2",
        "an", "cuma", "cuman", "hanya", "aja", "saja", "kak", "pak", "bu", "ya", "sih", "deh",
        "income", "salary", "my", "is", "net", "about", "around", "approx", "approximately", "roughly", "only",
    ];

    /// <summary>Other periods than the month: the calculator needs the monthly income, and does not multiply.</summary>
    public static IReadOnlyList<string> NotMonthlyWords { get; } =
    [
        "hari", "harian", "sehari", "perhari", "hr", "minggu", "mingguan", "seminggu", "perminggu", "mgg",
        "tahun", "tahunan", "setahun", "pertahun", "thn", "jam", "sejam", "perjam",
        "day", "daily", "week", "weekly", "year", "yearly", "annual", "annually", "hour", "hourly",
    ];

    private static readonly HashSet<string> IgnoredSet = new(Ignored, StringComparer.Ordinal);
    private static readonly HashSet<string> NotMonthlySet = new(NotMonthlyWords, StringComparer.Ordinal);

    /// <summary>
    /// Reads one monthly income. True with the amount in whole rupiah, or false with why not.
    /// </summary>
    public static bool TryParse(string? text, out decimal rupiah, out IncomeProblem problem)
    {
        rupiah = 0;
        problem = Read(text ?? string.Empty, out var amount);
        if (problem != IncomeProblem.None)
        {
            return false;
        }

        rupiah = amount;
        return true;
    }

    /// <summary>The problem's code in the calculator's data and the test vectors: "noNumber", "several"…</summary>
    public static string Code(this IncomeProblem problem)
    {
        var name = problem.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>One sentence saying what was wrong; the caller adds how to write it.</summary>
    public static string Message(IncomeProblem problem, Language language)
    {
        var (id, en) = problem switch
        {
            IncomeProblem.NoNumber => ("Angkanya belum terbaca.", "I could not read the amount."),
            IncomeProblem.Negative => ("Penghasilan tidak bisa negatif.", "An income cannot be negative."),
            IncomeProblem.Several => ("Ada lebih dari satu angka; tulis satu jumlah saja.", "There is more than one number; type one amount."),
            IncomeProblem.NotMonthly => ("Yang dihitung penghasilan per bulan, bukan per hari, minggu atau tahun.", "The calculator needs the income per month, not per day, week or year."),
            IncomeProblem.UnknownWord => ("Ada kata yang belum dipahami; tulis jumlahnya saja.", "Some words were not understood; type just the amount."),
            IncomeProblem.UnclearNumber => ("Cara menulis angkanya belum jelas.", "The way the number is written is unclear."),
            IncomeProblem.NoUnit => ("Tambahkan satuannya (juta atau ribu), atau tulis angkanya lengkap.", "Add the unit (million or thousand), or type the whole number."),
            IncomeProblem.Zero => ("Penghasilan harus lebih dari nol; bila tidak tetap, tulis rata-rata sebulan.", "The income must be more than zero; if it varies, type an average month."),
            IncomeProblem.TooLarge => ("Angkanya terlalu besar untuk penghasilan sebulan; periksa jumlah nolnya.", "That is too large for a monthly income; check the zeros."),
            _ => (string.Empty, string.Empty),
        };
        return language == Language.En ? en : id;
    }

    private static IncomeProblem Read(string text, out decimal amount)
    {
        amount = 0;
        var (tokens, negative) = Tokenize(text);
        var (numbers, unknown, notMonthly) = Scan(tokens);
        if (numbers.Count == 0)
        {
            return IncomeProblem.NoNumber;
        }

        if (negative)
        {
            return IncomeProblem.Negative;
        }

        var compound = numbers.Count == 2 && numbers[0].Unit == Juta && numbers[1].Unit == Ribu;
        if (numbers.Count > 1 && !compound)
        {
            return IncomeProblem.Several;
        }

        if (notMonthly)
        {
            return IncomeProblem.NotMonthly;
        }

        if (unknown)
        {
            return IncomeProblem.UnknownWord;
        }

        var first = Value(numbers[0], out amount);
        if (first != IncomeProblem.None)
        {
            return first;
        }

        if (compound)
        {
            var second = Value(numbers[1], out var part);
            if (second != IncomeProblem.None)
            {
                return second;
            }

            if (part >= Juta)
            {
                // "3 juta 1500 ribu" is two amounts, not one.
                return IncomeProblem.Several;
            }

            amount += part;
        }

        return amount == 0 ? IncomeProblem.Zero
            : numbers[0].Unit is null && amount < MinimumWithoutUnit ? IncomeProblem.NoUnit
            : amount > Maximum ? IncomeProblem.TooLarge
            : IncomeProblem.None;
    }

    /// <summary>The numbers (with their units) among the words, and whether any word was unknown or not monthly.</summary>
    private static (List<(string Number, decimal? Unit, bool Bad)> Numbers, bool Unknown, bool NotMonthly) Scan(List<string> tokens)
    {
        var numbers = new List<(string Number, decimal? Unit, bool Bad)>();
        bool unknown = false, notMonthly = false, lastWasBareNumber = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var wasBareNumber = lastWasBareNumber;
            lastWasBareNumber = false;
            if (i + 1 < tokens.Count && IgnoredSet.Contains(token + " " + tokens[i + 1]))
            {
                i++;
                continue;
            }

            if (IgnoredSet.Contains(token))
            {
                continue;
            }

            if (NotMonthlySet.Contains(token))
            {
                notMonthly = true;
                continue;
            }

            var match = NumberToken().Match(token);
            if (match.Success)
            {
                var suffix = match.Groups[2].Value;
                decimal? unit = suffix.Length == 0 ? null : Units.TryGetValue(suffix, out var u) ? u : 0;
                numbers.Add((match.Groups[1].Value, unit, false));
                lastWasBareNumber = unit is null;
            }
            else if (wasBareNumber && Units.TryGetValue(token, out var unitWord))
            {
                // "3 juta": the unit as the next word.
                numbers[^1] = numbers[^1] with { Unit = unitWord };
            }
            else if (token.Any(char.IsAsciiDigit))
            {
                // Digits mixed with letters in a way no number is written: "3jt500rb", "2x3".
                numbers.Add((token, null, true));
            }
            else
            {
                unknown = true;
            }
        }

        return (numbers, unknown, notMonthly);
    }

    /// <summary>One number's value in rupiah, whole by construction (units are thousands, decimals at most two).</summary>
    private static IncomeProblem Value((string Number, decimal? Unit, bool Bad) number, out decimal value)
    {
        value = 0;
        var (text, unit, bad) = number;
        if (bad || unit == 0)
        {
            return IncomeProblem.UnclearNumber;
        }

        if (unit is { } multiplier)
        {
            var match = WithUnit().Match(text);
            if (!match.Success)
            {
                return IncomeProblem.UnclearNumber;
            }

            var whole = match.Groups[1].Value.TrimStart('0');
            if (whole.Length > 12)
            {
                return IncomeProblem.TooLarge;
            }

            var fraction = match.Groups[2].Value;
            value = Parse(whole) * multiplier;
            if (fraction.Length > 0)
            {
                value += Parse(fraction) * multiplier / (fraction.Length == 1 ? 10 : 100);
            }

            return IncomeProblem.None;
        }

        if (Digits().IsMatch(text) || Grouped().IsMatch(text))
        {
            var digits = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).TrimStart('0');
            if (digits.Length > 12)
            {
                return IncomeProblem.TooLarge;
            }

            value = Parse(digits);
            return IncomeProblem.None;
        }

        return WithUnit().IsMatch(text) ? IncomeProblem.NoUnit : IncomeProblem.UnclearNumber;
    }

    private static decimal Parse(string digits) =>
        digits.Length == 0 ? 0 : decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static (List<string> Tokens, bool Negative) Tokenize(string text)
    {
        var buffer = new StringBuilder(text.Length);
        var negative = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] is >= 'A' and <= 'Z' ? (char)(text[i] + 32) : text[i];
            var digitNext = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                buffer.Append(c);
                continue;
            }

            if (c is '.' or ',' && digitNext && buffer.Length > 0 && char.IsAsciiDigit(buffer[buffer.Length - 1]))
            {
                buffer.Append(c);
                continue;
            }

            if (c is '-' or '\u2212' && digitNext && !AfterNumber(buffer))
            {
                negative = true;
            }

            buffer.Append(' ');
        }

        return (buffer.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(), negative);
    }

    /// <summary>"3-4 juta" is a range (two numbers); "-3 juta" and "gaji -3jt" are negative.</summary>
    private static bool AfterNumber(StringBuilder buffer)
    {
        var i = buffer.Length - 1;
        while (i >= 0 && buffer[i] == ' ')
        {
            i--;
        }

        return i >= 0 && char.IsAsciiDigit(buffer[i]);
    }

    /// <summary>A number with an optional "rp"/"idr" before and letters after: "rp3.000.000", "3,5jt", "800k".</summary>
    [GeneratedRegex("^(?:rp|idr)?([0-9]+(?:[.,][0-9]+)*)([a-z]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();

    [GeneratedRegex("^([0-9]+)(?:[.,]([0-9]{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex("^[0-9]{1,3}(?:\\.[0-9]{3})+$|^[0-9]{1,3}(?:,[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
