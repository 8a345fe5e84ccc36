using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;
using static Jamsos.Outreach.Site.Rendering.Ui;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>How to join: the Telegram bot's sign-up form, the Discord server when there is one, and registering yourself.</summary>
public sealed class JoinPages : SimplePages
{
    protected override Type Component => typeof(JoinPage);

    protected override PageMeta Meta(SiteModel site, Language language) =>
        new(language, SiteRoutes.Join(language), SiteRoutes.Join(HomePages.Other(language)),
            T(language, "Cara ikut BPJS Ketenagakerjaan", "How to join BPJS Ketenagakerjaan"),
            Shorten(T(language,
                "Tinggalkan data minat lewat bot Telegram kami dan tim penjangkauan membantu Anda mendaftar, atau daftar sendiri lewat aplikasi JMO.",
                "Leave your details with our Telegram bot and the outreach team helps you register, or register yourself in the JMO app.")));
}
