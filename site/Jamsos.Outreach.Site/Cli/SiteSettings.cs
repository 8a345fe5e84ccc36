using System.Collections;
using System.CommandLine;
using System.Globalization;

namespace Jamsos.Outreach.Site.Cli;

/// <summary>
/// The site's settings: the defaults in <see cref="SiteOptions"/>, then environment variables
/// (<c>Site__BaseUrl</c>, case-insensitive, as .NET configuration spells them; Netlify sets these), then
/// the command-line switches (<c>--base-url X</c> or <c>--base-url=X</c>, parsed by <see cref="SiteSwitches"/>).
/// Decision: this small reader replaces Microsoft.Extensions.Configuration, DataAnnotations and an
/// appsettings.json that only repeated the defaults. A site build is a short process that people and
/// Netlify wait for; the configuration stack and its reflection-based binder cost about 25 ms of a cold
/// start, and parsing the JSON file alone about 10 ms (measured), against about 150 ms for Hugo's whole build.
/// </summary>
public static class SiteSettings
{
    /// <summary>The setting key of <c>--runs</c> (and of the Bench__Runs environment variable).</summary>
    internal const string RunsKey = "Runs";

    /// <summary>
    /// Parses <paramref name="switches"/> (switches only, no verb) with <see cref="SiteSwitches"/> and reads
    /// every setting; throws <see cref="FormatException"/> with a one-sentence reason.
    /// </summary>
    public static (SiteOptions Options, int Runs) Read(IReadOnlyList<string> switches, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(switches);
        var known = new SiteSwitches();
        var command = new RootCommand { known.Runs };
        foreach (var (option, _) in known.Settings)
        {
            command.Options.Add(option);
        }

        var parse = SiteCommandLine.Parse(command, switches);
        return SiteSwitches.Problem(parse) is { } problem
            ? throw new FormatException(problem)
            : Read(known.Values(parse), environment);
    }

    /// <summary>Reads and validates every setting from the environment, then <paramref name="switches"/> (setting key → text); throws <see cref="FormatException"/> with a one-sentence reason.</summary>
    public static (SiteOptions Options, int Runs) Read(IReadOnlyDictionary<string, string?> switches, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(switches);
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry variable in environment)
        {
            var name = variable.Key as string ?? string.Empty;
            foreach (var prefix in (string[])[SiteOptions.Section + "__", "Bench__"])
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    values[name[prefix.Length..]] = variable.Value as string;
                }
            }
        }

        foreach (var (key, value) in switches)
        {
            values[key] = value;
        }

        return (ToOptions(values), ToRuns(values));
    }

    private static SiteOptions ToOptions(Dictionary<string, string?> values)
    {
        string? Get(string key) => values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var options = new SiteOptions
        {
            DiscordInvite = Get(nameof(SiteOptions.DiscordInvite)),
            ContentPath = Get(nameof(SiteOptions.ContentPath)),
            OutputPath = Get(nameof(SiteOptions.OutputPath)),
        };
        options.BaseUrl = Get(nameof(SiteOptions.BaseUrl)) ?? options.BaseUrl;
        options.TelegramBot = Get(nameof(SiteOptions.TelegramBot)) ?? options.TelegramBot;
        if (Get(nameof(SiteOptions.Today)) is { } today)
        {
            options.Today = DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new FormatException($"Today must be a date written YYYY-MM-DD (was '{today}').");
        }

        options.Validate();
        return options;
    }

    private static int ToRuns(Dictionary<string, string?> values) =>
        !values.TryGetValue(RunsKey, out var text) || string.IsNullOrWhiteSpace(text) ? 5
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs is >= 1 and <= 1000 ? runs
        : throw new FormatException($"Runs must be a whole number from 1 to 1000 (was '{text}').");
}
