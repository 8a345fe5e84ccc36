using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Routing;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>
/// What makes the site installable and usable offline on a phone: the web manifest (its icons are hashed
/// assets) and the service worker, under fixed names at the root (a worker controls only the paths below
/// its own). The worker precaches the home pages and the calculators with the hashed files they load.
/// </summary>
public sealed class WriteWebAppStep : ISiteStep
{
    public const string Manifest = "manifest.webmanifest";
    public const string Worker = "sw.js";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "WriteWebApp";

    public Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        build.AddFile(Manifest, Encoding.UTF8.GetBytes(ManifestJson(build.Site.Assets)));
        build.AddFile(Worker, Encoding.UTF8.GetBytes(WorkerScript(build.Site)));
        return Task.CompletedTask;
    }

    /// <summary>The pages a visitor may need offline before opening them, and every hashed file they load.</summary>
    public static IReadOnlyList<string> Precache(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var pages = new[] { Language.Id, Language.En }.SelectMany(l => new[] { SiteRoutes.Home(l), SiteRoutes.Calculator(l) });
        var files = new[] { AssetCatalog.Stylesheet, AssetCatalog.AppScript, AssetCatalog.CalculatorScript, AssetCatalog.LiveScript, AssetCatalog.IconSvg }
            .Select(site.Assets.Href);
        return [.. pages, .. files];
    }

    private static string WorkerScript(SiteModel site)
    {
        var list = string.Join(", ", Precache(site).Select(p => JsonSerializer.Serialize(p)));
        return AssetCatalog.Text(Worker).Replace("/*PRECACHE*/", list, StringComparison.Ordinal);
    }

    /// <summary>Indonesian first, like the site; the English pages are one tap away inside it.</summary>
    private static string ManifestJson(AssetCatalog assets)
    {
        var manifest = new JsonObject
        {
            ["name"] = "Jamsos.Outreach: BPJS Ketenagakerjaan untuk pekerja informal",
            ["short_name"] = "Jamsos",
            ["description"] = "Iuran, diskon, santunan dan cara daftar BPJS Ketenagakerjaan untuk ojol, pedagang, petani dan pekerja mandiri.",
            ["lang"] = "id",
            ["start_url"] = "/",
            ["scope"] = "/",
            ["display"] = "standalone",
            ["background_color"] = "#ffffff",
            ["theme_color"] = "#0b3d6e",
            ["icons"] = new JsonArray(
                Icon(assets.Href(AssetCatalog.Icon192), "192x192", "image/png", "any"),
                Icon(assets.Href(AssetCatalog.Icon512), "512x512", "image/png", "any"),
                Icon(assets.Href(AssetCatalog.Icon512), "512x512", "image/png", "maskable"),
                Icon(assets.Href(AssetCatalog.IconSvg), "any", "image/svg+xml", "any")),
        };
        return manifest.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Icon(string src, string sizes, string type, string purpose) => new()
    {
        ["src"] = src,
        ["sizes"] = sizes,
        ["type"] = type,
        ["purpose"] = purpose,
    };
}
