using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>Adds the stylesheet and scripts under their hashed names (/assets/site.&lt;hash&gt;.css).</summary>
public sealed class CopyAssetsStep : ISiteStep
{
    public string Name => "CopyAssets";

    public Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var (href, content) in build.Site.Assets.All)
        {
            build.AddFile(href.TrimStart('/'), content);
        }

        return Task.CompletedTask;
    }
}
