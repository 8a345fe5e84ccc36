using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>
/// One page per FAQ entry and language, with its sources, checked date, share link and FAQPage data.
/// Entries whose intent only makes sense inside the chat (the greeting and the abuse reply) are not
/// published: as web pages they would answer nothing. Off-topic entries are published: the scam warning
/// and "what we do not cover" are useful to the public.
/// </summary>
public sealed class AnswerPages : IPageSource
{
    private static readonly HashSet<string> ChatOnlyIntents =
        new([Intents.Greeting, Intents.Abuse], StringComparer.Ordinal);

    public static bool IsPublished(FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return !ChatOnlyIntents.Contains(entry.Intent);
    }

    public IEnumerable<PageRequest> Pages(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var entries = site.Knowledge.Entries
            .Where(IsPublished)
            .OrderBy(e => e.Language)
            .ThenBy(e => Topics.Order(e.Topic)).ThenBy(e => e.Topic, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var twin = site.Knowledge.Find(entry.Id, HomePages.Other(entry.Language));
            // The page shows the summary with live statuses; descriptions and JSON-LD, which no script
            // touches, carry the statuses as of the build date.
            var marked = Describe.Collapse(LiveMarkup.WithMarkers(entry.Summary, site.Knowledge, entry.Language));
            var summary = LiveMarkup.ToPlain(marked, site, entry.Language);
            var path = SiteRoutes.Entry(entry);
            var meta = new PageMeta(entry.Language, path, twin is null ? null : SiteRoutes.Entry(twin), entry.Title, Describe.Shorten(summary))
            {
                OgType = "article",
                JsonLd = JsonLd.FaqPage(entry.Title, summary, site.Absolute(path)),
                Searchable = true,
                LastModified = entry.Checked,
                Scripts = LiveMarkup.IsUsedIn(entry.Summary) || LiveMarkup.IsUsedIn(entry.Body) ? [AssetCatalog.LiveScript] : [],
            };
            yield return new PageRequest(meta, typeof(AnswerPage), new Dictionary<string, object?>
            {
                ["Entry"] = entry,
                ["Summary"] = marked,
            });
        }
    }
}
