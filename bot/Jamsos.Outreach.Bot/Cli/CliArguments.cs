using System.Globalization;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// The parsed command line: a verb, its free arguments, flags (<c>--explain</c>, <c>--terminal</c>) and
/// <c>--name value</c> options. Shared options are typed here; verb-specific ones are read by the verb.
/// </summary>
internal sealed record CliArguments(
    string? Verb,
    IReadOnlyList<string> Positional,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlySet<string> Flags)
{
    private static readonly HashSet<string> KnownFlags = new(StringComparer.Ordinal) { "explain", "terminal", "fit" };

    private static readonly HashSet<string> KnownOptions = new(StringComparer.Ordinal)
    {
        "content", "today", "lang", "max-age-days", "format", "since", "region", "output", "db", "count", "eval", "folds",
    };

    public string? ContentPath => Options.GetValueOrDefault("content");

    public bool Explain => Flags.Contains("explain");

    public bool Terminal => Flags.Contains("terminal");

    public DateOnly? Today => Date("today");

    public Language? Language => Options.TryGetValue("lang", out var code) && LanguageCodes.TryParse(code, out var l) ? l : null;

    public int? MaxAgeDays => Int("max-age-days");

    public DateOnly? Date(string name) =>
        Options.TryGetValue(name, out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public int? Int(string name) =>
        Options.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static bool TryParse(IReadOnlyList<string> args, out CliArguments parsed, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? verb = null;
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        error = string.Empty;
        parsed = new CliArguments(null, [], options, flags);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                if (KnownFlags.Contains(name))
                {
                    flags.Add(name);
                    continue;
                }

                if (!KnownOptions.Contains(name))
                {
                    error = $"unknown option {arg}";
                    return false;
                }

                if (i + 1 >= args.Count)
                {
                    error = $"{arg} needs a value";
                    return false;
                }

                options[name] = args[++i];
                continue;
            }

            if (verb is null)
            {
                verb = arg;
            }
            else
            {
                positional.Add(arg);
            }
        }

        parsed = new CliArguments(verb, positional, options, flags);
        return Validate(parsed, out error);
    }

    private static bool Validate(CliArguments parsed, out string error)
    {
        error = parsed switch
        {
            _ when parsed.Options.ContainsKey("today") && parsed.Today is null => "--today needs a date as YYYY-MM-DD",
            _ when parsed.Options.ContainsKey("since") && parsed.Date("since") is null => "--since needs a date as YYYY-MM-DD",
            _ when parsed.Options.ContainsKey("lang") && parsed.Language is null => "--lang must be id or en",
            _ when parsed.Options.ContainsKey("max-age-days") && parsed.MaxAgeDays is null => "--max-age-days needs a whole number of days",
            _ when parsed.Options.ContainsKey("count") && parsed.Int("count") is null => "--count needs a whole number",
            _ when parsed.Options.ContainsKey("folds") && parsed.Int("folds") is not (>= 2 and <= 20) => "--folds needs a whole number from 2 to 20",
            _ when parsed.Options.TryGetValue("format", out var f) && f is not ("csv" or "jsonl") => "--format must be csv or jsonl",
            _ => string.Empty,
        };
        return error.Length == 0;
    }
}
