using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// An entry's page on the FAQ site (<c>https://…/iuran/iuran-bpu/</c>, English under <c>/en/</c>), offered
/// beside "Selengkapnya" when a chat answer is cut into screens: the whole answer in one place. The path
/// and which entries are published are the site's (SiteRoutes.Entry, AnswerPages.IsPublished); a site test
/// holds every entry's link equal to the page the generator writes, since Knowledge may not reference the site.
/// </summary>
public sealed class PageLink
{
    // The site leaves out entries that only make sense inside the chat (AnswerPages.ChatOnlyIntents).
    private static readonly HashSet<string> ChatOnlyIntents = new([Intents.Greeting, Intents.Abuse], StringComparer.Ordinal);

    private readonly string baseUrl;

    public PageLink(string baseUrl)
    {
        this.baseUrl = SiteAddress.Parse(baseUrl);
    }

    /// <summary>Null when no site address is configured: the chat then offers no page.</summary>
    public static PageLink? FromBaseUrl(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : new PageLink(baseUrl);

    /// <summary>The entry's root-relative page path, or null when the site does not publish it.</summary>
    public static string? Path(FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ChatOnlyIntents.Contains(entry.Intent) ? null : $"{(entry.Language == Language.En ? "/en" : string.Empty)}/{entry.Topic}/{entry.Id}/";
    }

    /// <summary>The entry's page on the site, or null when the site does not publish it.</summary>
    public string? Url(FaqEntry entry) => Path(entry) is { } path ? baseUrl + path : null;
}
