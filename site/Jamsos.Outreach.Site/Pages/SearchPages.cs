using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;
using static Jamsos.Outreach.Site.Rendering.Ui;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>Search over the answers with Pagefind's index, in the page's language; the topics for browsers without script.</summary>
public sealed class SearchPages : SimplePages
{
    protected override Type Component => typeof(SearchPage);

    protected override PageMeta Meta(SiteModel site, Language language) =>
        new PageMeta(language, SiteRoutes.Search(language), SiteRoutes.Search(HomePages.Other(language)),
            T(language, "Cari jawaban", "Search the answers"),
            T(language, "Cari jawaban soal iuran, diskon, santunan, pendaftaran, dan klaim BPJS Ketenagakerjaan.", "Search the answers on BPJS Ketenagakerjaan contributions, discounts, benefits, joining and claims."))
        {
            Scripts = [AssetCatalog.SearchScript],
        };
}
