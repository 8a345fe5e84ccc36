using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>Reads and validates content/ and the embedded assets; nothing later reads a file.</summary>
public sealed class ReadContentStep : ISiteStep
{
    public string Name => "ReadContent";

    public Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var root = ContentLocator.Locate(build.Options.ContentPath);
        var knowledge = ContentLoader.Load(root);
        foreach (var topic in knowledge.Entries.Select(e => e.Topic).Distinct(StringComparer.Ordinal))
        {
            if (SiteRoutes.Reserved.Contains(topic) || topic.Contains('/', StringComparison.Ordinal))
            {
                throw new ContentException($"faq/{topic}/: the topic folder name '{topic}' is taken by the site's own pages; rename the folder.");
            }
        }

        build.Site = new SiteModel(knowledge, build.Options, build.Today, AssetCatalog.Load())
        {
            Search = SearchKeywords.Read(root, knowledge.Entries),
        };
        return Task.CompletedTask;
    }
}
