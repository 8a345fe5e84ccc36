using System.Collections;
using System.Globalization;

namespace Jamsos.Outreach.Site.Cli;

/// <summary>
/// The site's settings: the defaults in <see cref="SiteOptions"/>, then environment variables
/// (<c>Site__BaseUrl</c>, case-insensitive, as .NET configuration spells them; Netlify sets these), then
/// the command-line switches (<c>--base-url X</c> or <c>--base-url=X</c>).
/// Decision: this small reader replaces Microsoft.Extensions.Configuration, DataAnnotations and an
/// appsettings.json that only repeated the defaults. A site build is a short process that people and
/// Netlify wait for; the configuration stack and its reflection-based binder cost about 25 ms of a cold
/// start, and parsing the JSON file alone about 10 ms (measured), against about 150 ms for Hugo's whole build.
/// </summary>
public static class SiteSettings
{
    /// <summary>Switch → setting key (the key is also the Site__ environment variable's suffix).</summary>
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--output"] = nameof(SiteOptions.OutputPath),
        ["--base-url"] = nameof(SiteOptions.BaseUrl),
        ["--content"] = nameof(SiteOptions.ContentPath),
        ["--today"] = nameof(SiteOptions.Today),
        ["--telegram-bot"] = nameof(SiteOptions.TelegramBot),
        ["--discord-invite"] = nameof(SiteOptions.DiscordInvite),
        ["--runs"] = RunsKey,
    };

    private const string RunsKey = "Runs";

    /// <summary>Reads and validates every setting; throws <see cref="FormatException"/> with a one-sentence reason.</summary>
    public static (SiteOptions Options, int Runs) Read(IReadOnlyList<string> switches, IDictionary environment)
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

        for (var i = 0; i < switches.Count; i++)
        {
            var (name, value) = SplitSwitch(switches, ref i);
            values[Switches[name]] = value;
        }

        return (ToOptions(values), ToRuns(values));
    }

    private static (string Name, string Value) SplitSwitch(IReadOnlyList<string> switches, ref int i)
    {
        var argument = switches[i];
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? argument[..equals] : argument;
        if (!Switches.ContainsKey(name))
        {
            throw new FormatException($"'{argument}' is not an option.");
        }

        if (equals > 0)
        {
            return (name, argument[(equals + 1)..]);
        }

        if (i + 1 >= switches.Count || switches[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new FormatException($"{name} needs a value.");
        }

        i++;
        return (name, switches[i]);
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
