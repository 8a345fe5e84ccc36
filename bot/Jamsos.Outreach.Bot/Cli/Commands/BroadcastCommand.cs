using System.CommandLine;
using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;
using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>broadcast --text-file F [--id NAME] [--dry-run]</c>: sends the file's text (plain text, UTF-8) to
/// every news subscriber on Telegram, with a progress bar on standard error. Running it again after a
/// crash or Ctrl+C resumes without sending anyone the text twice, and while one instance sends it (it holds
/// the broadcast's lease) the same command elsewhere is refused. Exit codes: 0 done, 1 Telegram refused
/// (bad token) or unreachable, or another instance is sending this broadcast, 2 usage or configuration,
/// 3 stopped early (run the same command again to resume).
/// </summary>
internal sealed class BroadcastCommand : CliCommand
{
    private readonly Option<string> textFile = new("--text-file")
    {
        Description = "The message, plain UTF-8 text. The same text again is the same broadcast: a crashed or stopped run resumes",
        HelpName = "FILE",
        Required = true,
    };

    private readonly Option<string?> id = new("--id")
    {
        Description = "The broadcast's name, 1 to 64 characters (default: made from the text)",
        HelpName = "NAME",
    };

    private readonly Option<bool> dryRun = new("--dry-run")
    {
        Description = "Count the recipients and messages; send nothing",
    };

    public BroadcastCommand(CliContext context)
        : base("broadcast", "Sends a text to everyone who opted in to news on Telegram (needs Telegram__Token), with a progress bar; nobody gets it twice", context)
    {
        id.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { Length: > 0 and <= 64 })
            {
                result.AddError("--id needs a name of 1 to 64 characters");
            }
        });
        Options.Add(textFile);
        Options.Add(id);
        Options.Add(dryRun);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        // Ctrl+C stops the sending between two messages (exit 3); the next run resumes where it stopped.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await BroadcastAsync(parse.GetRequiredValue(textFile), parse.GetValue(id), parse.GetValue(dryRun), cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private async Task<int> BroadcastAsync(string file, string? name, bool countOnly, CancellationToken stop)
    {
        var text = await ReadTextAsync(file, stop).ConfigureAwait(false);
        if (text is null)
        {
            return CliContext.ExitUsage;
        }

        var builder = Context.CreateHostBuilder();
        if (!BotHost.HasTelegramToken(builder.Configuration))
        {
            await Context.Error.WriteLineAsync("Telegram__Token is not set: a broadcast goes out through the Telegram bot.").ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        builder.Services.AddTelegramServices(builder.Configuration);
        builder.Services.AddSingleton<BroadcastRunner>();
        using var host = builder.Build();
        try
        {
            return await SendAsync(host.Services, name ?? BroadcastRunner.IdOf(text), text, countOnly, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (Explain(ex, stop) is { } failure)
        {
            await Context.Error.WriteLineAsync(failure.Message).ConfigureAwait(false);
            return failure.ExitCode;
        }
    }

    private async Task<int> SendAsync(IServiceProvider services, string name, string text, bool countOnly, CancellationToken stop)
    {
        _ = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        await services.GetRequiredService<IStorageCheck>().CheckAsync(stop).ConfigureAwait(false);
        var runner = services.GetRequiredService<BroadcastRunner>();
        if (countOnly)
        {
            var recipients = await runner.RecipientsAsync(stop).ConfigureAwait(false);
            await Context.Output.WriteLineAsync($"Broadcast {name}: {recipients.Count} Telegram news subscriber(s), {BroadcastRunner.Render(text).Count} message(s) each. Nothing sent (--dry-run).").ConfigureAwait(false);
            return CliContext.ExitOk;
        }

        // Fail fast on a wrong token before any recipient is marked.
        await services.GetRequiredService<TelegramClient>().GetMeAsync(stop).ConfigureAwait(false);
        var progress = new BroadcastProgress(Context.Error, Context.ErrorIsInteractive, Context.Clock);
        var summary = await runner.RunAsync(name, text, progress, stop).ConfigureAwait(false);
        await Context.Output.WriteLineAsync(
            $"Broadcast {name}: {summary.Total} recipient(s): {summary.Sent} sent, {summary.Blocked} blocked the bot, {summary.Failed} failed, {summary.Unknown} unknown (not resent), {summary.Pending} left.").ConfigureAwait(false);
        return summary.Pending == 0 ? CliContext.ExitOk : CliContext.ExitStopped;
    }

    /// <summary>The file's text, trimmed; null (after saying why) when it cannot be read or is empty.</summary>
    private async Task<string?> ReadTextAsync(string file, CancellationToken stop)
    {
        string text;
        try
        {
            text = (await File.ReadAllTextAsync(file, stop).ConfigureAwait(false)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Context.Error.WriteLineAsync($"Cannot read {file}: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        if (text.Length == 0)
        {
            await Context.Error.WriteLineAsync($"{file} is empty: nothing to send.").ConfigureAwait(false);
            return null;
        }

        return text;
    }

    /// <summary>The sentence and exit code for a failure a person can act on; null for a bug (which keeps its stack trace).</summary>
    private static (string Message, int ExitCode)? Explain(Exception exception, CancellationToken stop) => exception switch
    {
        BroadcastBusyException ex => (ex.Message, CliContext.ExitFailed),
        TelegramApiException ex => ($"Telegram refused: {ex.ErrorCode} {ex.Description}. Check Telegram__Token.", CliContext.ExitFailed),
        TelegramTransportException ex => ($"Telegram is not reachable: {ex.Message}. Nothing was sent; try again later.", CliContext.ExitFailed),
        InvalidOperationException ex => (ex.Message, CliContext.ExitUsage),
        OptionsValidationException ex => ("Invalid configuration: " + string.Join("; ", ex.Failures), CliContext.ExitUsage),
        StorageException ex => (ex.Message, CliContext.ExitUsage),
        OperationCanceledException when stop.IsCancellationRequested => ("Stopped before sending began.", CliContext.ExitStopped),
        _ => null,
    };
}
