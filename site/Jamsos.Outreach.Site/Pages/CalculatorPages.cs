using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>The contribution calculator: a table of every band that needs no script, and a small script for one income.</summary>
public sealed class CalculatorPages : IPageSource
{
    public IEnumerable<PageRequest> Pages(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var language in new[] { Language.Id, Language.En })
        {
            var count = site.Knowledge.Catalog.Text("iuran.band_count", language);
            var minimum = site.Knowledge.Catalog.Text("iuran.minimum", language);
            var meta = new PageMeta(language, SiteRoutes.Calculator(language), SiteRoutes.Calculator(HomePages.Other(language)),
                Ui.T(language, "Kalkulator iuran BPJS Ketenagakerjaan BPU", "BPU contribution calculator"),
                Describe.Shorten(Ui.T(language,
                    $"Hitung iuran BPJS Ketenagakerjaan pekerja informal dari penghasilan Anda, mulai {minimum} per bulan, dengan tabel {count} golongan dan masa diskonnya.",
                    $"Work out the BPJS Ketenagakerjaan contribution for informal workers from your income, from {minimum} a month, with the {count}-band table and the discount periods.")))
            {
                Scripts = [AssetCatalog.CalculatorScript, AssetCatalog.LiveScript],
            };
            yield return new PageRequest(meta, typeof(CalculatorPage), new Dictionary<string, object?>());
        }
    }
}
