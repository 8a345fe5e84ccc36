using System.ComponentModel.DataAnnotations;

namespace Jamsos.Outreach.Site;

/// <summary>
/// Settings of one site build: appsettings.json, then environment variables (<c>Site__BaseUrl</c>,
/// <c>Site__TelegramBot</c>, <c>Site__DiscordInvite</c>), then the command line.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address the canonical URLs, hreflang links, Open Graph and sitemap use.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://jamsos-outreach.netlify.app";

    /// <summary>The Telegram bot's user name, without the @; the join page links to t.me/&lt;bot&gt;?start=daftar.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_]{3,31}$")]
    public string TelegramBot { get; set; } = "JamsosOutreachBot";

    /// <summary>The Discord invite URL; when empty the join page leaves Discord out.</summary>
    public string? DiscordInvite { get; set; }

    /// <summary>The content folder; the nearest content/ when empty.</summary>
    public string? ContentPath { get; set; }

    /// <summary>Where the site is written; site-output/ under the working directory when empty.</summary>
    public string? OutputPath { get; set; }

    /// <summary>The date the date-aware figures are shown for; today in Jakarta when empty.</summary>
    public DateOnly? Today { get; set; }

    public string NormalizedBaseUrl => BaseUrl.TrimEnd('/');
}
