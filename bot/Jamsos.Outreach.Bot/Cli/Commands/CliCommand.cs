using System.CommandLine;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>A verb: a command of the bot's command line that runs with the <see cref="CliContext"/> and returns its exit code.</summary>
internal abstract class CliCommand : Command
{
    protected CliCommand(string name, string description, CliContext context)
        : base(name, description)
    {
        Context = context;
        SetAction(RunAsync);
    }

    protected CliContext Context { get; }

    /// <summary>Runs the verb on a parse without errors; <paramref name="stop"/> is Ctrl+C or the caller's token.</summary>
    protected abstract Task<int> RunAsync(ParseResult parse, CancellationToken stop);
}
