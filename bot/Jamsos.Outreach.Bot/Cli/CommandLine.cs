using System.CommandLine;
using System.CommandLine.Invocation;
using Jamsos.Outreach.Bot.Cli.Commands;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// The bot's command line on System.CommandLine: composes the verbs (one class each under Commands/),
/// reports a bad command line in one line with exit code 2, and turns the failures a person can fix
/// (content, storage, configuration) into one sentence with exit code 2 instead of a stack trace.
/// Help (<c>--help</c>, also <c>help</c>) and tab completion (the <c>[suggest]</c> directive) are generated.
/// </summary>
internal static class CommandLine
{
    // Response files off: a question that starts with @ ("@admin halo") is a question, not a file to read.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var root = Compose(new CliContext(input, output, error, clock));
        var parse = root.Parse(args, Parsing);
        if (CliProblem.Of(parse) is { } problem)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,

            // Exceptions reach the catch blocks below; a bug still shows its stack trace.
            EnableDefaultExceptionHandler = false,

            // Ctrl+C stays with the generic host (graceful shutdown of the channels) and the broadcast's
            // own handler; System.CommandLine's would force an exit after its timeout.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(invocation, stop).ConfigureAwait(false);
        }
        catch (ContentException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return CliContext.ExitUsage;
        }
        catch (StorageException ex)
        {
            // A broken or locked database file: a clear sentence, not a stack trace.
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return CliContext.ExitUsage;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("Invalid configuration: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
            return CliContext.ExitUsage;
        }
    }

    /// <summary>The whole command line: every verb, the bare command running the bot, and <c>help</c>.</summary>
    internal static RootCommand Compose(CliContext context)
    {
        var run = new RunCommand(context);
        var root = new RootCommand("Jamsos.Outreach bot: the BPJS Ketenagakerjaan FAQ and sign-up chat, and its staff tools")
        {
            run,
            new AskCommand(context),
            new EvaluateCommand(context),
            new CheckContentCommand(context),
            new TrainRankerCommand(context),
            new ExportCommand(context),
            new StatsCommand(context),
            new UnansweredCommand(context),
            new BroadcastCommand(context),
            new AgentCommand(context),
        };
        run.ServeAsDefaultOf(root);

        // "help" was a verb before --help was generated; it stays, out of the listing.
        var help = new Command("help", "Shows this help") { Hidden = true };
        help.SetAction((_, cancel) => root.Parse(["--help"], Parsing).InvokeAsync(new InvocationConfiguration { Output = context.Output }, cancel));
        root.Subcommands.Add(help);
        return root;
    }
}
