using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// The options more than one verb takes, each made fresh for the command that adds it (a command keeps
/// its own instance to read the value back). Values are checked while parsing, so a bad one is a
/// one-line parse error with exit code 2 before any work starts.
/// </summary>
internal static class CliOptions
{
    public static Option<string?> Content() => new("--content")
    {
        Description = "The content folder (default: the nearest content/ above the working directory)",
        HelpName = "DIR",
    };

    public static Option<DateOnly?> Today() =>
        Date("--today", "The date answers and checks are made for (default: today in Jakarta)");

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            if (DateOnly.TryParseExact(Single(result), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} needs a date as YYYY-MM-DD");
            return null;
        },
    };

    public static Option<Language?> Language()
    {
        var option = new Option<Language?>("--lang")
        {
            Description = "The answer's language (default: the question's)",
            HelpName = "id|en",
            CustomParser = result =>
            {
                if (LanguageCodes.TryParse(Single(result), out var language))
                {
                    return language;
                }

                result.AddError("--lang must be id or en");
                return null;
            },
        };

        // Tab completion offers the codes people type, not the enum's names.
        option.CompletionSources.Clear();
        option.CompletionSources.Add("id", "en");
        return option;
    }

    public static Option<bool> Explain(string description) => new("--explain") { Description = description };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="problem"/> names the rule when it is broken.</summary>
    public static Option<int?> WholeNumber(string name, string description, int min, int max, string problem) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            if (int.TryParse(Single(result), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            result.AddError(problem);
            return null;
        },
    };

    // An option of arity one reaches its parser with exactly one token; "needs a value" is reported before.
    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
}
