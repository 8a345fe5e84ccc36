using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>What is wrong with a command line, in one line that says where to look for help; null when nothing is.</summary>
internal static class CliProblem
{
    public static string? Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var hint = command is RootCommand ? "--help" : CommandPath(parse.CommandResult) + " --help";
        if (parse.Action is ParseErrorAction && parse.Errors.Count > 0)
        {
            return $"{OneLine(parse.Errors[0].Message)} (see {hint})";
        }

        return ReferenceEquals(parse.Action, command.Action) && StrayOption(parse) is { } stray
            ? $"Unrecognized command or argument '{stray}'. (see {hint}; put -- before a question that starts with --)"
            : null;
    }

    /// <summary>The verb as typed from the root: "export", or "agent add" for a sub-verb.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (CommandResult? current = result; current is not null && current.Command is not RootCommand; current = current.Parent as CommandResult)
        {
            names.Insert(0, current.Command.Name);
        }

        return string.Join(' ', names);
    }

    // Some generated messages list the allowed values on lines of their own ("Must be one of:\n\t'csv'…").
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// A word like <c>--bogus</c> that System.CommandLine handed to a free argument (ask's question) because
    /// no option has that name: a mistyped option, not a question. After <c>--</c> it is a question word.
    /// </summary>
    private static string? StrayOption(ParseResult parse)
    {
        var argumentTokens = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Value.Length > 2 && token.Value.StartsWith("--", StringComparison.Ordinal) && argumentTokens.Any(t => ReferenceEquals(t, token)))
            {
                return token.Value;
            }
        }

        return null;
    }
}
