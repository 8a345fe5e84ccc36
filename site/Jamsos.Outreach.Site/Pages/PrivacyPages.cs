using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;
using static Jamsos.Outreach.Site.Rendering.Ui;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>What the bot keeps and for how long (<see cref="Jamsos.Outreach.Knowledge.Rules.RetentionPeriods"/>), why, how to see and delete it; and what this site does not collect.</summary>
public sealed class PrivacyPages : SimplePages
{
    protected override Type Component => typeof(PrivacyPage);

    protected override PageMeta Meta(SiteModel site, Language language) =>
        new(language, SiteRoutes.Privacy(language), SiteRoutes.Privacy(HomePages.Other(language)),
            T(language, "Privasi", "Privacy"),
            Shorten(T(language,
                "Data apa yang disimpan bot Jamsos.Outreach, berapa lama, untuk apa, dan cara melihatnya dengan /datasaya dan menghapusnya dengan /hapus.",
                "What the Jamsos.Outreach bot keeps, for how long, what for, and how to see it with /datasaya and delete it with /hapus.")));
}
