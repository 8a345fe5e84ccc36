using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Figures that follow from other figures (the Rp16.800 package, the Rp42 juta total, scholarship and
/// JKP maxima) are computed here from content/data, so nobody types them twice. Each carries the
/// confidence the fact sheet gives the figure itself (for example B8 rates Rp16.800 high even though
/// the middle of the band table is low), the weakest checked date of its inputs, and its sources.
/// </summary>
public static class DerivedValues
{
    public static DataCatalog AddTo(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var discounts = new DiscountPolicy(catalog);
        var calculator = new ContributionCalculator(catalog, discounts);
        var jkp = new JkpRules(catalog);
        var bands = catalog.Bands;
        var discountDate = discounts.PeriodFor(Sector.Other)!.FirstMonth;
        var lowest = calculator.Calculate(bands.Lowest.From, Sector.Other, discountDate);
        var highest = calculator.Calculate(bands.Highest.From, Sector.Other, discountDate);
        var bandSource = "PP 44/2015 Lampiran II";
        var derived = new List<DataValue>();

        void Add(string key, decimal number, ValueFormat format, Confidence confidence, string fact, params string[] inputs)
        {
            var sources = inputs.Select(catalog.Get).ToArray();
            var source = string.Join("; ", sources.Select(s => s.Source).Distinct(StringComparer.Ordinal));
            var checkedDate = sources.Length == 0 ? bands.Checked : sources.Min(s => s.Checked);
            if (sources.Length == 0 || inputs.Any(i => i.StartsWith("iuran.", StringComparison.Ordinal)))
            {
                source = sources.Length == 0 ? bandSource : bandSource + "; " + source;
                checkedDate = checkedDate < bands.Checked ? checkedDate : bands.Checked;
            }

            derived.Add(new DataValue(key, format, number, null, null, source, sources.FirstOrDefault()?.Url ?? bands.Url,
                checkedDate, confidence, fact));
        }

        Add("iuran.lowest_base", bands.Lowest.Base, ValueFormat.Rupiah, Confidence.High, "B11");
        Add("iuran.highest_base", bands.Highest.Base, ValueFormat.Rupiah, Confidence.Medium, "B12");
        Add("iuran.band_count", bands.Bands.Count, ValueFormat.Number, Confidence.Medium, "B12");
        Add("iuran.minimum_jkk", lowest.Jkk, ValueFormat.Rupiah, Confidence.High, "B8", "iuran.jkk_rate");
        Add("iuran.minimum", lowest.Normal, ValueFormat.Rupiah, Confidence.High, "B8", "iuran.jkk_rate", "iuran.jkm_flat");
        // A year of the lowest band at the normal rate: what "berapa setahun?" asks (the discount counts by month).
        Add("iuran.minimum_yearly", 12 * lowest.Normal, ValueFormat.Rupiah, Confidence.High, "B8", "iuran.jkk_rate", "iuran.jkm_flat");
        Add("iuran.minimum_discounted", lowest.Discounted!.Value, ValueFormat.Rupiah, Confidence.High, "B15", "iuran.jkk_rate", "iuran.jkm_flat", "diskon.rate");
        Add("iuran.minimum_jht", lowest.Jht, ValueFormat.Rupiah, Confidence.High, "B9", "iuran.jht_rate");
        Add("iuran.minimum_with_jht", lowest.NormalWithJht, ValueFormat.Rupiah, Confidence.High, "B9", "iuran.jkk_rate", "iuran.jkm_flat", "iuran.jht_rate");
        Add("iuran.maximum", highest.Normal, ValueFormat.Rupiah, Confidence.Medium, "B12", "iuran.jkk_rate", "iuran.jkm_flat");
        Add("iuran.maximum_discounted", highest.Discounted!.Value, ValueFormat.Rupiah, Confidence.Medium, "B12", "iuran.jkk_rate", "iuran.jkm_flat", "diskon.rate");
        Add("iuran.maximum_jht", highest.Jht, ValueFormat.Rupiah, Confidence.Medium, "B12", "iuran.jht_rate");

        Add("jkm.total", catalog.Number("jkm.lump_sum") + catalog.Number("jkm.periodic") + catalog.Number("jkm.funeral"),
            ValueFormat.RupiahJuta, Confidence.High, "J1", "jkm.lump_sum", "jkm.periodic", "jkm.funeral");
        Add("jkm.early_death_total", catalog.Number("jkm.early_death_lump_sum") + catalog.Number("jkm.early_death_funeral"),
            ValueFormat.RupiahJuta, Confidence.Medium, "B27", "jkm.early_death_lump_sum", "jkm.early_death_funeral");

        var deathLump = Math.Max(catalog.Number("jkk.death_multiplier") * bands.Lowest.Base, catalog.Number("jkm.lump_sum"));
        Add("jkk.death_lump_lowest", deathLump, ValueFormat.RupiahJuta, Confidence.High, "K7", "jkk.death_multiplier");
        Add("jkk.death_total_lowest", deathLump + catalog.Number("jkk.funeral") + catalog.Number("jkk.periodic"),
            ValueFormat.RupiahJuta, Confidence.High, "K7", "jkk.death_multiplier", "jkk.funeral", "jkk.periodic");
        Add("jkk.disability_total_lowest", catalog.Number("jkk.disability_total_multiplier") * bands.Lowest.Base,
            ValueFormat.RupiahJuta, Confidence.High, "K6", "jkk.disability_total_multiplier");

        string[] levels = ["tk", "sd", "smp", "sma", "kuliah"];
        var perChild = levels.Sum(l => catalog.Number($"beasiswa.{l}_per_year") * catalog.Number($"beasiswa.{l}_years"));
        var levelInputs = levels.SelectMany(l => new[] { $"beasiswa.{l}_per_year", $"beasiswa.{l}_years" }).ToArray();
        Add("beasiswa.max_per_child", perChild, ValueFormat.RupiahJuta, Confidence.High, "J2", levelInputs);
        Add("beasiswa.max_total", perChild * catalog.Number("beasiswa.max_children"), ValueFormat.RupiahJuta, Confidence.High, "J2",
            [.. levelInputs, "beasiswa.max_children"]);

        Add("jkp.max_monthly", jkp.Current.MaxMonthly, ValueFormat.RupiahJuta, Confidence.High, "P4", "jkp.pp6_pct", "jkp.wage_cap");
        Add("jkp.max_total", jkp.Current.MaxTotal, ValueFormat.RupiahJuta, Confidence.High, "P4", "jkp.pp6_pct", "jkp.pp6_months", "jkp.wage_cap");
        Add("jkp.pp37_max_total", jkp.Old.MaxTotal, ValueFormat.RupiahJuta, Confidence.High, "P4", "jkp.pp37_first_pct", "jkp.pp37_second_pct", "jkp.wage_cap");

        return catalog.With(derived);
    }
}
