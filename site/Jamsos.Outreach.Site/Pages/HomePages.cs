using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>The home page in each language: the key figures as of the build date, search and the topics.</summary>
public sealed class HomePages : IPageSource
{
    public IEnumerable<PageRequest> Pages(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var language in new[] { Language.Id, Language.En })
        {
            var minimum = site.Knowledge.Catalog.Text("iuran.minimum", language);
            var title = Ui.T(language, "BPJS Ketenagakerjaan untuk pekerja informal", "BPJS Ketenagakerjaan for informal workers");
            var description = Ui.T(language,
                $"Penjelasan sederhana BPJS Ketenagakerjaan untuk ojol, pedagang, petani dan pekerja mandiri: iuran mulai {minimum} per bulan, diskon, santunan, cara daftar.",
                $"BPJS Ketenagakerjaan explained simply for ride-hailing drivers, traders, farmers and the self-employed: from {minimum} a month, discounts, benefits, joining.");
            var meta = new PageMeta(language, SiteRoutes.Home(language), SiteRoutes.Home(Other(language)), title, Describe.Shorten(description))
            {
                Scripts = [AssetCatalog.LiveScript],
            };
            yield return new PageRequest(meta, typeof(HomePage), new Dictionary<string, object?>());
        }
    }

    internal static Language Other(Language language) => language == Language.En ? Language.Id : Language.En;
}
