using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;
using static Jamsos.Outreach.Site.Rendering.Ui;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>Offices and contacts: only what content/data/kontak.yml holds, each with its source and confidence.</summary>
public sealed class ContactPages : SimplePages
{
    protected override Type Component => typeof(ContactPage);

    protected override PageMeta Meta(SiteModel site, Language language) =>
        new(language, SiteRoutes.Contacts(language), SiteRoutes.Contacts(HomePages.Other(language)),
            T(language, "Kantor dan kontak BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan offices and contacts"),
            Shorten(T(language,
                $"Contact Center {site.Knowledge.Catalog.Text("kontak.contact_center", language)}, aplikasi {site.Knowledge.Catalog.Text("kontak.app", language)}, situs resmi dan kantor cabang yang kami ketahui di Banten.",
                $"Contact Center {site.Knowledge.Catalog.Text("kontak.contact_center", language)}, the {site.Knowledge.Catalog.Text("kontak.app", language)} app, the official website and the branch offices we know of in Banten.")));
}
