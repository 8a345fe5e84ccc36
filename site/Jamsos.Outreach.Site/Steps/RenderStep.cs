using System.Text;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>Renders the pages of some page sources and adds them to the build's output.</summary>
public abstract class RenderStep : ISiteStep
{
    public abstract string Name { get; }

    protected abstract IReadOnlyList<IPageSource> Sources { get; }

    public async Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var site = build.Site;
        var requests = Sources.SelectMany(s => s.Pages(site)).ToList();
        var pages = await PageRenderer.RenderAllAsync(site, requests, cancellationToken).ConfigureAwait(false);
        foreach (var page in pages)
        {
            build.Pages.Add(page);
            build.AddFile(SiteRoutes.FileFor(page.Meta.Path), Encoding.UTF8.GetBytes(page.Html));
        }
    }
}
