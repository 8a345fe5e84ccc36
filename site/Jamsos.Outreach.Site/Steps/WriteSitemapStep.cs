using System.Globalization;
using System.Text;
using System.Xml;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>sitemap.xml (with each page's other-language twin as xhtml:link alternates) and robots.txt.</summary>
public sealed class WriteSitemapStep : ISiteStep
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public string Name => "WriteSitemap";

    public Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var site = build.Site;
        var pages = build.Pages.Where(p => p.Meta.InSitemap).OrderBy(p => p.Meta.Path, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, site.Absolute(page.Meta.Path));
                if (page.Meta.LastModified is { } modified)
                {
                    writer.WriteElementString("lastmod", SitemapNamespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                if (page.Meta.AlternatePath is { } alternate)
                {
                    var (idPath, enPath) = page.Meta.Language == Language.En ? (alternate, page.Meta.Path) : (page.Meta.Path, alternate);
                    WriteAlternate(writer, "id", site.Absolute(idPath));
                    WriteAlternate(writer, "en", site.Absolute(enPath));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        build.AddFile("sitemap.xml", Encoding.UTF8.GetBytes(text.Replace("utf-16", "utf-8").Append('\n').ToString()));
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.Absolute("/sitemap.xml")}\n";
        build.AddFile("robots.txt", Encoding.UTF8.GetBytes(robots));
        return Task.CompletedTask;
    }

    private static void WriteAlternate(XmlWriter writer, string language, string href)
    {
        writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", language);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
