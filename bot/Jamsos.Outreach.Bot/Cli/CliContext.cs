using Jamsos.Outreach.Bot.Hosting;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// What every verb works with: the console as readers and writers (so tests script them in memory), the
/// clock, the host's services, and the exit codes the README documents.
/// </summary>
internal sealed class CliContext(TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
{
    /// <summary>Done.</summary>
    public const int ExitOk = 0;

    /// <summary>The work ran and failed: check-content found problems, Telegram refused the token.</summary>
    public const int ExitFailed = 1;

    /// <summary>Bad command line, content or configuration: nothing was done.</summary>
    public const int ExitUsage = 2;

    /// <summary>Stopped early: a channel stopped for good, or a broadcast was interrupted (run it again to resume).</summary>
    public const int ExitStopped = 3;

    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Clock { get; } = clock;

    /// <summary>True when standard error is the real, unredirected console (a progress bar may redraw its line).</summary>
    public bool ErrorIsInteractive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The bot's host (configuration, content, engine, SQLite), before the verb adds its channels.</summary>
    public HostApplicationBuilder CreateHostBuilder() => BotHost.CreateBuilder([], Clock);
}
