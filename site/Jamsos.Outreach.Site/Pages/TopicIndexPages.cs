using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>One index per topic folder and language, listing that topic's answers with their short answer.</summary>
public sealed class TopicIndexPages : IPageSource
{
    public IEnumerable<PageRequest> Pages(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var language in new[] { Language.Id, Language.En })
        {
            var topics = site.Knowledge.In(language)
                .Where(AnswerPages.IsPublished)
                .GroupBy(e => e.Topic, StringComparer.Ordinal)
                .OrderBy(g => Topics.Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var topic in topics)
            {
                var other = HomePages.Other(language);
                var hasTwin = site.Knowledge.In(other).Any(e => e.Topic == topic.Key && AnswerPages.IsPublished(e));
                var name = Topics.Name(topic.Key, language);
                var entries = topic.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
                var description = Describe.Shorten(string.Join("; ", entries.Select(e => e.Title)));
                var meta = new PageMeta(language, SiteRoutes.Topic(topic.Key, language),
                    hasTwin ? SiteRoutes.Topic(topic.Key, other) : null, name, description);
                yield return new PageRequest(meta, typeof(TopicIndexPage), new Dictionary<string, object?>
                {
                    ["Entries"] = entries,
                });
            }
        }
    }
}
