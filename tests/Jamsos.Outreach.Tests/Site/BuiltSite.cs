using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Reading a built site back: its pages and the URLs they reference. The HTML is our own generator's,
/// so a few patterns over it are enough; no HTML parser package is needed.
/// </summary>
public sealed partial class BuiltSite
{
    public BuiltSite(string root)
    {
        Root = root;
        Pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new SitePage("/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }

    public string Root { get; }

    public IReadOnlyList<SitePage> Pages { get; }

    public SitePage Page(string url) =>
        Pages.Single(p => p.Url == url || p.Url == url + "index.html");

    /// <summary>The file a root-relative URL is served from (/a/ → a/index.html), or null when there is none.</summary>
    public string? Resolve(string url)
    {
        var path = url.Split('#', '?')[0];
        var file = Path.Combine(Root, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : string.Empty));
        return File.Exists(file) ? file : null;
    }

    public static IEnumerable<string> Attribute(string html, string name) =>
        AttributePattern().Matches(html).Where(m => m.Groups[1].Value == name).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("\\s([a-z:-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();
}

public sealed partial record SitePage(string Url, string Html)
{
    public string? Lang => LangPattern().Match(Html) is { Success: true } m ? m.Groups[1].Value : null;

    public string? Title => TitlePattern().Match(Html) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public string? Canonical => Link("canonical").FirstOrDefault();

    public IEnumerable<string> Links => BuiltSite.Attribute(Html, "href").Concat(BuiltSite.Attribute(Html, "src"));

    public IEnumerable<string> Link(string rel) =>
        LinkPattern().Matches(Html).Where(m => m.Groups[1].Value == rel).Select(m => m.Groups[2].Value);

    public string? Alternate(string hreflang) =>
        AlternatePattern().Matches(Html).Where(m => m.Groups[1].Value == hreflang).Select(m => m.Groups[2].Value).FirstOrDefault();

    public IEnumerable<string> Scripts => ScriptPattern().Matches(Html).Select(m => m.Groups[1].Value);

    /// <summary>The URL of one of the page's scripts by its name before the hash ("calculator", "live").</summary>
    public string Script(string name) => Scripts.Single(s => s.StartsWith($"/assets/{name}.", StringComparison.Ordinal));

    public IEnumerable<string> Stylesheets => Link("stylesheet");

    [GeneratedRegex("<html lang=\"([a-z-]+)\"")]
    private static partial Regex LangPattern();

    [GeneratedRegex("<title>([^<]+)</title>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<link rel=\"([a-z]+)\" href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"([a-z-]+)\" href=\"([^\"]+)\"")]
    private static partial Regex AlternatePattern();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptPattern();
}
