namespace Jamsos.Outreach.Site.Bench;

/// <summary>
/// The same Markdown as a Hugo site: the FAQ files keep their <c>&lt;id&gt;.&lt;lang&gt;.md</c> names
/// (Hugo's translation-by-file-name), Indonesian at the root and English under /en/, with small
/// layouts that print what our answer pages print (title, summary, body, sources, related list).
/// Hugo leaves our {{ placeholders }} as text; resolving them is work only our build does.
/// </summary>
public static class HugoSite
{
    private const string Config = """
        baseURL = "https://jamsos.example/"
        defaultContentLanguage = "id"
        disableKinds = ["taxonomy", "term", "RSS"]
        [languages.id]
          weight = 1
        [languages.en]
          weight = 2
        """;

    private const string Single = """
        <!DOCTYPE html>
        <html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
        <meta name="description" content="{{ .Params.summary | truncate 160 }}">
        <link rel="canonical" href="{{ .Permalink }}">
        {{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
        <link rel="stylesheet" href="/site.css"></head>
        <body><header><a href="/">Jamsos.Outreach</a></header><main><article><h1>{{ .Title }}</h1>
        <p class="lead">{{ .Params.summary }}</p>{{ .Content }}
        <section><h2>Sumber</h2><ul>{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .regulation }}</a></li>{{ end }}</ul>
        <p>Diperiksa: {{ .Params.checked }}</p></section>
        <p><a href="https://wa.me/?text={{ .Title | urlquery }}%20{{ .Permalink | urlquery }}">WhatsApp</a></p></article></main></body></html>
        """;

    private const string List = """
        <!DOCTYPE html>
        <html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
        <link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/site.css"></head>
        <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary | truncate 160 }}</p></li>{{ end }}</ul></main></body></html>
        """;

    public static string Create(string content, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(target, "layouts", "_default"));
        File.WriteAllText(Path.Combine(target, "hugo.toml"), Config);
        File.WriteAllText(Path.Combine(target, "layouts", "_default", "single.html"), Single);
        File.WriteAllText(Path.Combine(target, "layouts", "_default", "list.html"), List);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "faq"), "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(content, "faq"), file);
            var destination = Path.Combine(target, "content", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
