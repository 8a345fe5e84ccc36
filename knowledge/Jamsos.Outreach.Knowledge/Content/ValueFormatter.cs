using System.Globalization;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Writes amounts, rates and dates the way each language writes them: Rp16.800 and 0,36% in
/// Indonesian, Rp16,800 and 0.36% in English. Hand-rolled because the app runs with invariant
/// globalization (no ICU on small containers), which has no id-ID number format.
/// </summary>
public static class ValueFormatter
{
    private static readonly string[] MonthsId =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(DataValue value, Language language, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(value);
        return format switch
        {
            ValueFormat.Text => value.Text ?? Number(value.RequireNumber(), language),
            ValueFormat.Number => Number(value.RequireNumber(), language),
            ValueFormat.Rupiah => Rupiah(value.RequireNumber(), language),
            ValueFormat.RupiahJuta => RupiahJuta(value.RequireNumber(), language),
            ValueFormat.Percent => Percent(value.RequireNumber(), language),
            ValueFormat.Date => Date(value.RequireDate(), language),
            ValueFormat.Month => Month(value.RequireDate(), language),
            ValueFormat.Hours2x24 => language == Language.En ? "2 × 24 hours" : "2 × 24 jam",
            _ => value.Text ?? string.Empty,
        };
    }

    public static string Rupiah(decimal amount, Language language) => "Rp" + Number(amount, language);

    /// <summary>Rp42 juta, Rp1,5 juta / Rp42 million, Rp1.5 million. Falls back to the full amount below a million.</summary>
    public static string RupiahJuta(decimal amount, Language language)
    {
        if (Math.Abs(amount) < 1_000_000m)
        {
            return Rupiah(amount, language);
        }

        var millions = amount / 1_000_000m;
        return "Rp" + Number(millions, language) + (language == Language.En ? " million" : " juta");
    }

    public static string Percent(decimal fraction, Language language) => Number(fraction * 100m, language) + "%";

    /// <summary>Thousands grouped with '.' and decimals with ',' in Indonesian; the reverse in English.</summary>
    public static string Number(decimal value, Language language)
    {
        var text = value.ToString("#,0.####", CultureInfo.InvariantCulture);
        if (language == Language.En)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    ',' => '.',
                    '.' => ',',
                    var c => c,
                };
            }
        });
    }

    public static string Date(DateOnly date, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month, language)} {date.Year}");

    public static string Month(DateOnly date, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthName(date.Month, language)} {date.Year}");

    /// <summary>
    /// A span of months: "April–Desember 2026" within one year, "Januari 2026–Maret 2027" across years
    /// (an en dash, no spaces); one month alone is written as <see cref="Month"/>.
    /// </summary>
    public static string MonthRange(DateOnly first, DateOnly last, Language language)
    {
        if (first.Year == last.Year && first.Month == last.Month)
        {
            return Month(first, language);
        }

        return first.Year == last.Year
            ? $"{MonthName(first.Month, language)}\u2013{Month(last, language)}"
            : $"{Month(first, language)}\u2013{Month(last, language)}";
    }

    public static string MonthName(int month, Language language) =>
        (language == Language.En ? MonthsEn : MonthsId)[month - 1];
}
