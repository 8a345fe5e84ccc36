using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>A page that exists once per language with a fixed title and description.</summary>
public abstract class SimplePages : IPageSource
{
    protected abstract Type Component { get; }

    public IEnumerable<PageRequest> Pages(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var language in new[] { Language.Id, Language.En })
        {
            yield return new PageRequest(Meta(site, language), Component, new Dictionary<string, object?>());
        }
    }

    protected abstract PageMeta Meta(SiteModel site, Language language);

    protected static string Shorten(string text) => Describe.Shorten(text);
}
