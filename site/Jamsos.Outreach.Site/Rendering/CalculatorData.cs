using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>
/// The calculator's data for the browser, taken from the same catalog as <see cref="ContributionCalculator"/>.
/// Rates are sent as integers of 1/<see cref="Scale"/> so the script computes in whole numbers and only
/// divides at the end: its amounts then equal the decimal ones exactly (halves included).
/// </summary>
public static class CalculatorData
{
    public const int Scale = 10_000;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The names a deep link gives the sectors (?sektor=transportasi), the same in both languages.</summary>
    public static readonly IReadOnlyDictionary<string, Sector> LinkSectors = new Dictionary<string, Sector>(StringComparer.Ordinal)
    {
        ["transportasi"] = Sector.Transport,
        ["lainnya"] = Sector.Other,
        ["pemerintah"] = Sector.GovernmentPaid,
    };

    /// <param name="pageUrl">The calculator's absolute URL: the share text links back to it with the income and sector.</param>
    public static string Json(KnowledgeBase knowledge, Language language, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var catalog = knowledge.Catalog;
        var bands = new JsonArray();
        foreach (var band in catalog.Bands.Bands)
        {
            bands.Add(new JsonArray(band.Number, band.From, band.Base));
        }

        var discounts = new JsonArray();
        foreach (var period in knowledge.Discounts.Periods)
        {
            discounts.Add(new JsonObject
            {
                ["sector"] = SectorCode(period.Sector),
                ["first"] = Month(period.FirstMonth),
                ["last"] = Month(period.LastMonth),
                ["rate"] = Scaled(period.Rate, "diskon.rate"),
            });
        }

        var data = new JsonObject
        {
            ["lang"] = language.Code(),
            ["scale"] = Scale,
            ["jkk"] = Scaled(catalog.Number("iuran.jkk_rate"), "iuran.jkk_rate"),
            ["jht"] = Scaled(catalog.Number("iuran.jht_rate"), "iuran.jht_rate"),
            ["jkm"] = catalog.Number("iuran.jkm_flat"),
            ["bands"] = bands,
            ["discounts"] = discounts,
            ["income"] = IncomeGrammar(),
            ["url"] = pageUrl,
            ["sectors"] = Sectors(),
            ["t"] = Labels(language, knowledge.Discounts.Rate),
        };
        return data.ToJsonString(Options);
    }

    public static string SectorCode(Sector sector) => sector switch
    {
        Sector.Transport => "transport",
        Sector.GovernmentPaid => "government",
        _ => "other",
    };

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static long Scaled(decimal rate, string key)
    {
        var scaled = rate * Scale;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw new InvalidOperationException($"content/data {key} = {rate}: the calculator script handles rates of at most four decimal places.");
    }

    /// <summary>The words of <see cref="IncomeText"/>'s grammar, so the script reads an income exactly as the bot does.</summary>
    private static JsonObject IncomeGrammar()
    {
        var units = new JsonObject();
        foreach (var (word, multiplier) in IncomeText.Units.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            units[word] = multiplier;
        }

        return new JsonObject
        {
            ["units"] = units,
            ["ignore"] = new JsonArray(IncomeText.Ignored.Select(w => (JsonNode)w).ToArray()),
            ["notMonthly"] = new JsonArray(IncomeText.NotMonthlyWords.Select(w => (JsonNode)w).ToArray()),
            ["bare"] = IncomeText.MinimumWithoutUnit,
            ["max"] = IncomeText.Maximum,
        };
    }

    private static JsonObject Sectors()
    {
        var sectors = new JsonObject();
        foreach (var (name, sector) in LinkSectors)
        {
            sectors[name] = SectorCode(sector);
        }

        return sectors;
    }

    private static JsonObject Problems(Language language)
    {
        var problems = new JsonObject();
        foreach (var problem in Enum.GetValues<IncomeProblem>().Where(p => p != IncomeProblem.None))
        {
            problems[problem.Code()] = IncomeText.Message(problem, language);
        }

        return problems;
    }

    private static JsonObject Labels(Language language, decimal rate) => new()
    {
        ["band"] = Ui.T(language, "Golongan", "Band"),
        ["range"] = Ui.T(language, "Penghasilan", "Income"),
        ["upTo"] = Ui.T(language, "sampai", "to"),
        ["above"] = Ui.T(language, "ke atas", "and above"),
        ["base"] = Ui.T(language, "Penghasilan dasar", "Base income"),
        ["jkk"] = "JKK",
        ["jkm"] = "JKM",
        ["normal"] = Ui.T(language, "JKK + JKM, tarif normal", "JKK + JKM, normal rate"),
        ["discounted"] = Ui.T(language, $"JKK + JKM dengan diskon {ValueFormatter.Percent(rate, language)}", $"JKK + JKM with the {ValueFormatter.Percent(rate, language)} discount"),
        ["none"] = Ui.T(language, "Tidak ada diskon untuk sektor dan bulan ini.", "No discount for this sector and month."),
        ["payable"] = Ui.T(language, "Dibayar per bulan", "To pay each month"),
        ["jht"] = Ui.T(language, "Tambahan JHT (sukarela)", "Optional JHT"),
        ["withJht"] = Ui.T(language, "Total bila ikut JHT", "Total with JHT"),
        ["invalid"] = Ui.T(language, "Tulis penghasilan per bulan, misalnya 2,5 juta, 800 ribu atau 2500000.", "Type your monthly income, for example 2.5 million, 800 thousand or 2500000."),
        ["income"] = Problems(language),
        ["share"] = Ui.T(language,
            "Iuran BPJS Ketenagakerjaan untuk penghasilan {income} per bulan ({sector}), iuran {month}: {pay} per bulan (tarif normal {normal}). Hitung sendiri:",
            "BPJS Ketenagakerjaan contribution for an income of {income} a month ({sector}), contribution for {month}: {pay} a month (normal rate {normal}). Work it out yourself:"),
        ["months"] = new JsonArray(Enumerable.Range(1, 12).Select(m => (JsonNode)ValueFormatter.MonthName(m, language)).ToArray()),
    };
}
