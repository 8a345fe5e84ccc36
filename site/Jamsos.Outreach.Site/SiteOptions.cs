namespace Jamsos.Outreach.Site;

/// <summary>
/// Settings of one site build: these defaults, then environment variables (<c>Site__BaseUrl</c>,
/// <c>Site__TelegramBot</c>, <c>Site__DiscordInvite</c>), then the command line.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address the canonical URLs, hreflang links, Open Graph and sitemap use.</summary>
    public string BaseUrl { get; set; } = "https://jamsos-outreach.netlify.app";

    /// <summary>The Telegram bot's user name, without the @; the join page links to t.me/&lt;bot&gt;?start=daftar.</summary>
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

    /// <summary>Throws <see cref="FormatException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        // Plain string checks rather than System.Uri: loading and starting Uri costs a cold build several ms.
        if (!IsWebAddress(BaseUrl, allowHttp: true))
        {
            throw new FormatException($"BaseUrl must be an absolute http(s) address (was '{BaseUrl}').");
        }

        // A Telegram user name: a letter first, then letters, digits and underscores, at most 32 in all.
        if (TelegramBot.Length is < 4 or > 32 || !char.IsAsciiLetter(TelegramBot[0]) || !TelegramBot.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new FormatException($"TelegramBot must be the bot's user name without @ (was '{TelegramBot}').");
        }

        if (DiscordInvite is not null && !IsWebAddress(DiscordInvite, allowHttp: false))
        {
            throw new FormatException($"DiscordInvite must be an https address (was '{DiscordInvite}').");
        }
    }

    /// <summary>https:// (or http://) followed by a host and an optional path, with no spaces or quotes.</summary>
    private static bool IsWebAddress(string text, bool allowHttp)
    {
        var rest = text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? text[8..]
            : allowHttp && text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? text[7..]
            : null;
        if (rest is null || rest.Length == 0 || rest[0] is '/' or '.' or ':' || rest.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>'))
        {
            return false;
        }

        var host = rest.Split('/', '?', '#')[0].Split(':')[0];
        return host.Length > 0 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
    }
}
