using System.Collections.Frozen;
using System.Globalization;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// The contribution month a question names, if any: "iuran ojol bulan april 2027 berapa?", "iuran januari brp",
/// "berapa iuran bulan depan?", "contribution for March 2027". The PP 50/2025 discount covers contribution
/// months, so a figure for the month asked about can differ from this month's. Read only where it is clearly a
/// month of contributions: a month name with a year, or within three words after "iuran" or "bayar", or a month to come
/// named before them ("januari nanti bayar brp", "mulai januari iurannya naik?"), and not followed by "kemarin" or
/// "lalu" (then the next such month from today), or "bulan depan" / "next month". Abbreviations ("jan", "des") and the English "may" count
/// only with a year, so "may I …" and "des" (village) are never months.
/// </summary>
public static class ContributionMonth
{
    private static readonly FrozenDictionary<string, int> FullNames = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["january"] = 1, ["februari"] = 2, ["pebruari"] = 2, ["febuari"] = 2, ["february"] = 2,
        ["maret"] = 3, ["march"] = 3, ["april"] = 4, ["mei"] = 5, ["juni"] = 6, ["june"] = 6, ["juli"] = 7, ["july"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["september"] = 9, ["oktober"] = 10, ["october"] = 10, ["november"] = 11,
        ["nopember"] = 11, ["desember"] = 12, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> WithYearOnly = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["agu"] = 8, ["agt"] = 8,
        ["ags"] = 8, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["okt"] = 10, ["oct"] = 10, ["nov"] = 11, ["des"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Without a year a month counts only a few words after one of these, and not before a word that puts it in the past.
    private static readonly FrozenSet<string> ContributionWords = new[]
    {
        "iuran", "iurannya", "iurane", "iuranna", "bayar", "bayarnya", "dibayar", "mbayar", "mayar", "contribution", "contributions", "pay", "payment",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastWords = new[] { "kemarin", "kmrn", "kemaren", "lalu", "wingi", "kapungkur", "last", "ago" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] NextMonth = ["bulan depan", "bln depan", "next month", "sasi ngarep", "wulan ngarep", "sasi ngajeng", "bulan payun"];

    /// <summary>The first day of the contribution month <paramref name="normalized"/> names, or null.</summary>
    public static DateOnly? Read(string? normalized, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(normalized))
        {
            return null;
        }

        var padded = " " + normalized + " ";
        if (NextMonth.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)))
        {
            return new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        }

        var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var full = FullNames.TryGetValue(tokens[i], out var month);
            if (!full && !WithYearOnly.TryGetValue(tokens[i], out month))
            {
                continue;
            }

            if (Year(tokens, i + 1) is { } year)
            {
                return new DateOnly(year, month, 1);
            }

            if (full && !tokens.Skip(i + 1).Take(2).Any(PastWords.Contains)
                && (tokens[Math.Max(0, i - 3)..i].Any(ContributionWords.Contains) || NamesAComingMonth(tokens, i)))
            {
                // No year: the next such month from today (this month included).
                var thisYear = new DateOnly(today.Year, month, 1);
                return month >= today.Month ? thisYear : thisYear.AddYears(1);
            }
        }

        return null;
    }

    /// <summary>
    /// A month named before the contribution word, where the words around it say it is a month to come: "januari nanti
    /// bayar brp", "mulai januari iurannya naik?", "Januari iurannya berapa?" (the message's first word). A contribution
    /// word must follow within three words. Any other word before it is left alone: "saya lahir april iuran brp" is a
    /// birthday, "daftar bulan april, iuran brp" a past sign-up.
    /// </summary>
    private static bool NamesAComingMonth(string[] tokens, int i) =>
        tokens.Skip(i + 1).Take(3).Any(ContributionWords.Contains)
        && (i == 0 || StartWords.Contains(tokens[i - 1]) || (i + 1 < tokens.Length && ComingWords.Contains(tokens[i + 1])));

    private static readonly FrozenSet<string> StartWords = new[] { "mulai", "per", "from", "starting", "wiwit", "mimiti" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ComingWords = new[] { "nanti", "ntar", "besok", "mendatang", "ngarep", "engke", "coming" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A year of 2020–2039 at <paramref name="at"/> (or after "tahun"/"taun"/"thn").</summary>
    private static int? Year(string[] tokens, int at)
    {
        if (at < tokens.Length && tokens[at] is "tahun" or "taun" or "thn")
        {
            at++;
        }

        return at < tokens.Length && tokens[at].Length == 4
            && int.TryParse(tokens[at], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2020 and < 2040
            ? year
            : null;
    }
}
