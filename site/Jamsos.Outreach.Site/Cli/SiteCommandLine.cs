using System.CommandLine;
using System.CommandLine.Invocation;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Site.Cli;

/// <summary>
/// Runs <see cref="SiteCommand"/>: a wrong command line is one sentence and exit code 2, a content or
/// file problem one sentence and exit code 1. Help (<c>--help</c>) and tab completion are generated.
/// </summary>
public static class SiteCommandLine
{
    // Response files off, as in the bot: no argument is ever read as a file name to expand.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parse = Parse(new SiteCommand(stdout, stderr, clock, Environment.GetEnvironmentVariables()), args);
        if (parse.Action is ParseErrorAction && SiteSwitches.Problem(parse) is { } problem)
        {
            await stderr.WriteLineAsync($"Invalid setting: {problem} (see --help)").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (ContentException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Parses a command line with the site's parser settings (<see cref="SiteSettings"/> uses it too).</summary>
    internal static ParseResult Parse(Command command, IReadOnlyList<string> args) => command.Parse(args, Parsing);
}
