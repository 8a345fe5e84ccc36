using System.Reflection;
using System.Security.Cryptography;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// The stylesheet, scripts and icons, embedded in this assembly and published under /assets/ with a content
/// hash in the file name, so Netlify can cache them for a year and a changed file gets a new name.
/// </summary>
public sealed class AssetCatalog
{
    public const string Stylesheet = "site.css";
    public const string CalculatorScript = "calculator.js";
    public const string SearchScript = "search.js";
    public const string LiveScript = "live.js";
    public const string AppScript = "app.js";
    public const string IconSvg = "icon.svg";
    public const string Icon192 = "icon-192.png";
    public const string Icon512 = "icon-512.png";

    private readonly Dictionary<string, (string Href, byte[] Content)> assets;

    private AssetCatalog(Dictionary<string, (string Href, byte[] Content)> assets)
    {
        this.assets = assets;
    }

    public IEnumerable<(string Href, byte[] Content)> All => assets.Values;

    public static AssetCatalog Load()
    {
        var assembly = typeof(AssetCatalog).Assembly;
        var assets = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var name in new[] { Stylesheet, CalculatorScript, SearchScript, LiveScript, AppScript, IconSvg, Icon192, Icon512 })
        {
            var content = Read(assembly, "assets/" + name);
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
            var dot = name.LastIndexOf('.');
            assets[name] = ($"/assets/{name[..dot]}.{hash}{name[dot..]}", content);
        }

        return new AssetCatalog(assets);
    }

    /// <summary>The raw text of an asset (the tests run the calculator script under node).</summary>
    public static string Text(string name) =>
        System.Text.Encoding.UTF8.GetString(Bytes(name));

    /// <summary>An embedded file published under a fixed name (the service worker, the icons).</summary>
    public static byte[] Bytes(string name) => Read(typeof(AssetCatalog).Assembly, "assets/" + name);

    public string Href(string name) =>
        assets.TryGetValue(name, out var asset) ? asset.Href : throw new KeyNotFoundException($"No asset '{name}'.");

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The site assembly has no embedded resource '{resource}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
