using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>The one 404 page Netlify serves for every missing path, in both languages, outside the sitemap.</summary>
public sealed class NotFoundPages : IPageSource
{
    public IEnumerable<PageRequest> Pages(SiteModel site)
    {
        var meta = new PageMeta(Language.Id, SiteRoutes.NotFound, null, "Halaman tidak ditemukan",
            "Halaman ini tidak ada. Page not found.")
        {
            InSitemap = false,
        };
        yield return new PageRequest(meta, typeof(NotFoundPage), new Dictionary<string, object?>());
    }
}
