using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;
using static Jamsos.Outreach.Site.Rendering.Ui;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>What the bot collects, why, who sees it, and how to delete it; and what this site does not collect.</summary>
public sealed class PrivacyPages : SimplePages
{
    protected override Type Component => typeof(PrivacyPage);

    protected override PageMeta Meta(SiteModel site, Language language) =>
        new(language, SiteRoutes.Privacy(language), SiteRoutes.Privacy(HomePages.Other(language)),
            T(language, "Privasi", "Privacy"),
            Shorten(T(language,
                "Data apa yang disimpan bot Jamsos.Outreach saat Anda mendaftar minat, untuk apa, siapa yang melihatnya, dan cara menghapusnya dengan /hapus.",
                "What the Jamsos.Outreach bot stores when you sign up, what for, who sees it, and how to delete it with /hapus.")));
}
