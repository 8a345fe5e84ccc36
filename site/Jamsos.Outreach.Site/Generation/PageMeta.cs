using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// What the layout needs to know about one page: its language and path, the page in the other
/// language (for hreflang and the language switch), the texts for search engines and link previews,
/// and which scripts it loads. Scripts are asset keys (see <see cref="AssetCatalog"/>).
/// </summary>
public sealed record PageMeta(
    Language Language,
    string Path,
    string? AlternatePath,
    string Title,
    string Description)
{
    /// <summary>Open Graph type: "article" for answers, "website" for the rest.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>A JSON-LD document (already serialised and escaped for a script element), or null.</summary>
    public string? JsonLd { get; init; }

    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>Pagefind indexes only pages that mark their main content; answers do.</summary>
    public bool Searchable { get; init; }

    /// <summary>The 404 page is neither in the sitemap nor canonical anywhere.</summary>
    public bool InSitemap { get; init; } = true;

    public DateOnly? LastModified { get; init; }
}
