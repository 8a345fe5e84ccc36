using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>What every page component may read: the content, the settings, the build date and the asset paths.</summary>
public sealed class SiteModel
{
    public SiteModel(KnowledgeBase knowledge, SiteOptions options, DateOnly today, AssetCatalog assets)
    {
        Knowledge = knowledge;
        Options = options;
        Today = today;
        Assets = assets;
    }

    public KnowledgeBase Knowledge { get; }

    public SiteOptions Options { get; }

    /// <summary>The date date-aware figures (the discount in force) are shown for.</summary>
    public DateOnly Today { get; }

    public AssetCatalog Assets { get; }

    /// <summary>The answers' search keywords (front matter <c>search:</c>), weighted for Pagefind.</summary>
    public SearchKeywords Search { get; init; } = SearchKeywords.None;

    public string Absolute(string path) => Options.NormalizedBaseUrl + path;
}
