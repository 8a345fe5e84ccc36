using System.CommandLine;
using System.CommandLine.Parsing;

namespace Jamsos.Outreach.Site.Cli;

/// <summary>
/// The site's switches, one System.CommandLine option per setting (<c>--base-url X</c> or
/// <c>--base-url=X</c>), and the one-sentence reason when a command line is wrong. The values stay
/// text here: <see cref="SiteSettings"/> checks them after the environment variables, so a switch and
/// its Site__ variable are validated alike.
/// </summary>
public sealed class SiteSwitches
{
    public Option<string?> Output { get; } = Switch("--output", "DIR", "The folder to write the site to (default: site-output; refused when it holds files the build did not write)");

    public Option<string?> BaseUrl { get; } = Switch("--base-url", "URL", "The public address: canonical links, hreflang, Open Graph, sitemap");

    public Option<string?> Content { get; } = Switch("--content", "DIR", "The content folder (default: the nearest content/ above the working directory)");

    public Option<string?> Today { get; } = Switch("--today", "YYYY-MM-DD", "The build date: the date the discount statuses are written for (default: today in Jakarta)");

    public Option<string?> TelegramBot { get; } = Switch("--telegram-bot", "NAME", "The Telegram bot's user name, without @");

    public Option<string?> DiscordInvite { get; } = Switch("--discord-invite", "URL", "The Discord invite link (https); empty leaves Discord out");

    public Option<string?> Runs { get; } = Switch("--runs", "N", "Runs per measurement, after one warm-up (default 5)");

    /// <summary>Every switch but <see cref="Runs"/>, with the setting key it sets (also the Site__ environment variable's suffix).</summary>
    public IEnumerable<(Option<string?> Option, string Key)> Settings =>
    [
        (Output, nameof(SiteOptions.OutputPath)),
        (BaseUrl, nameof(SiteOptions.BaseUrl)),
        (Content, nameof(SiteOptions.ContentPath)),
        (Today, nameof(SiteOptions.Today)),
        (TelegramBot, nameof(SiteOptions.TelegramBot)),
        (DiscordInvite, nameof(SiteOptions.DiscordInvite)),
    ];

    /// <summary>Setting key → text, for the switches the command line gave.</summary>
    public IReadOnlyDictionary<string, string?> Values(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (option, key) in Settings.Append((Runs, SiteSettings.RunsKey)))
        {
            if (parse.GetResult(option) is not null)
            {
                values[key] = parse.GetValue(option);
            }
        }

        return values;
    }

    /// <summary>What is wrong with the command line, in one sentence; null when nothing is.</summary>
    public static string? Problem(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.UnmatchedTokens.Count > 0)
        {
            return $"'{parse.UnmatchedTokens[0]}' is not an option (nor a verb: build, bench).";
        }

        if (parse.Errors.Count == 0)
        {
            return null;
        }

        return parse.Errors[0].SymbolResult is OptionResult { Tokens.Count: 0 } missing
            ? $"{missing.Option.Name} needs a value."
            : string.Join(' ', parse.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static Option<string?> Switch(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };
}
