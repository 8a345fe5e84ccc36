using System.Globalization;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// The parsed command line: a verb, its free arguments, and the shared options
/// (<c>--content</c>, <c>--today</c>, <c>--lang</c>, <c>--max-age-days</c>).
/// </summary>
internal sealed record CliArguments(
    string? Verb,
    IReadOnlyList<string> Positional,
    string? ContentPath,
    DateOnly? Today,
    Language? Language,
    int? MaxAgeDays,
    bool Explain = false)
{
    public static bool TryParse(IReadOnlyList<string> args, out CliArguments parsed, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? verb = null;
        var positional = new List<string>();
        string? content = null;
        DateOnly? today = null;
        Language? language = null;
        int? maxAge = null;
        var explain = false;
        error = string.Empty;
        parsed = new CliArguments(null, [], null, null, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--content":
                    content = Next();
                    if (content is null)
                    {
                        error = "--content needs a folder";
                        return false;
                    }

                    break;
                case "--today":
                    var date = Next();
                    if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        error = "--today needs a date as YYYY-MM-DD";
                        return false;
                    }

                    today = d;
                    break;
                case "--lang":
                    if (!LanguageCodes.TryParse(Next(), out var lang))
                    {
                        error = "--lang must be id or en";
                        return false;
                    }

                    language = lang;
                    break;
                case "--max-age-days":
                    if (!int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                    {
                        error = "--max-age-days needs a whole number of days";
                        return false;
                    }

                    maxAge = days;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--":
                    positional.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                default:
                    if (verb is null && !arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        verb = arg;
                    }
                    else if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"unknown option {arg}";
                        return false;
                    }
                    else
                    {
                        positional.Add(arg);
                    }

                    break;
            }
        }

        parsed = new CliArguments(verb, positional, content, today, language, maxAge, explain);
        return true;
    }
}
