using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Site.Routing;

/// <summary>
/// The URL scheme, in one place: Indonesian at the root, English under /en/. Every path is
/// root-relative and ends in a slash (the page is its folder's index.html), except the 404 page.
/// </summary>
public static class SiteRoutes
{
    public const string NotFound = "/404.html";

    /// <summary>Top-level folders the fixed pages and assets use; a content topic may not take one.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "en", "assets", "pagefind", "kalkulator", "calculator", "kontak", "contact", "cara-ikut", "join",
        "privasi", "privacy", "cari", "search",
    };

    public static string Prefix(Language language) => language == Language.En ? "/en" : string.Empty;

    public static string Home(Language language) => Prefix(language) + "/";

    public static string Entry(FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{Prefix(entry.Language)}/{entry.Topic}/{entry.Id}/";
    }

    public static string Entry(string topic, string id, Language language) => $"{Prefix(language)}/{topic}/{id}/";

    public static string Topic(string topic, Language language) => $"{Prefix(language)}/{topic}/";

    public static string Calculator(Language language) => language == Language.En ? "/en/calculator/" : "/kalkulator/";

    public static string Contacts(Language language) => language == Language.En ? "/en/contact/" : "/kontak/";

    public static string Join(Language language) => language == Language.En ? "/en/join/" : "/cara-ikut/";

    public static string Privacy(Language language) => language == Language.En ? "/en/privacy/" : "/privasi/";

    public static string Search(Language language) => language == Language.En ? "/en/search/" : "/cari/";

    /// <summary>The file a root-relative page path is written to: /a/b/ → a/b/index.html.</summary>
    public static string FileFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = path.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
