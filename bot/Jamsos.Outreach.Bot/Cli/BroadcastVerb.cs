using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;
using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// <c>broadcast --text-file F [--id NAME] [--dry-run]</c>: sends the file's text (plain text, UTF-8) to
/// every news subscriber on Telegram, with a progress bar on standard error. Running it again after a
/// crash or Ctrl+C resumes without sending anyone the text twice. Exit codes: 0 done, 1 Telegram refused
/// (bad token), 2 usage or configuration, 3 stopped early (run the same command again to resume).
/// </summary>
internal static class BroadcastVerb
{
    public const string Usage = """
        dotnet run --project bot -- broadcast --text-file FILE [--id NAME] [--dry-run]
            Sends FILE (plain text) to everyone who opted in to news on Telegram (needs Telegram__Token).
            Same FILE again = the same broadcast: a crashed or stopped run resumes, nobody gets it twice.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var file, out var id, out var dryRun, out var problem))
        {
            await error.WriteLineAsync(problem + Environment.NewLine + Usage).ConfigureAwait(false);
            return 2;
        }

        string text;
        try
        {
            text = (await File.ReadAllTextAsync(file, stop).ConfigureAwait(false)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read {file}: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        if (text.Length == 0)
        {
            await error.WriteLineAsync($"{file} is empty: nothing to send.").ConfigureAwait(false);
            return 2;
        }

        var builder = BotHost.CreateBuilder([], clock);
        if (!BotHost.HasTelegramToken(builder.Configuration))
        {
            await error.WriteLineAsync("Telegram__Token is not set: a broadcast goes out through the Telegram bot.").ConfigureAwait(false);
            return 2;
        }

        builder.Services.AddTelegramServices(builder.Configuration);
        builder.Services.AddSingleton<BroadcastRunner>();
        using var host = builder.Build();
        try
        {
            _ = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            await host.Services.GetRequiredService<IStorageCheck>().CheckAsync(stop).ConfigureAwait(false);
            var runner = host.Services.GetRequiredService<BroadcastRunner>();
            id ??= BroadcastRunner.IdOf(text);
            if (dryRun)
            {
                var recipients = await runner.RecipientsAsync(stop).ConfigureAwait(false);
                await output.WriteLineAsync($"Broadcast {id}: {recipients.Count} Telegram news subscriber(s), {BroadcastRunner.Render(text).Count} message(s) each. Nothing sent (--dry-run).").ConfigureAwait(false);
                return 0;
            }

            // Fail fast on a wrong token before any recipient is marked.
            await host.Services.GetRequiredService<TelegramClient>().GetMeAsync(stop).ConfigureAwait(false);
            var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            var progress = new BroadcastProgress(error, interactive, clock);
            var summary = await runner.RunAsync(id, text, progress, stop).ConfigureAwait(false);
            await output.WriteLineAsync(
                $"Broadcast {id}: {summary.Total} recipient(s): {summary.Sent} sent, {summary.Blocked} blocked the bot, {summary.Failed} failed, {summary.Unknown} unknown (not resent), {summary.Pending} left.").ConfigureAwait(false);
            return summary.Pending == 0 ? 0 : 3;
        }
        catch (TelegramApiException ex)
        {
            await error.WriteLineAsync($"Telegram refused: {ex.ErrorCode} {ex.Description}. Check Telegram__Token.").ConfigureAwait(false);
            return 1;
        }
        catch (TelegramTransportException ex)
        {
            await error.WriteLineAsync($"Telegram is not reachable: {ex.Message}. Nothing was sent; try again later.").ConfigureAwait(false);
            return 1;
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("Invalid configuration: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }
        catch (StorageException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await error.WriteLineAsync("Stopped before sending began.").ConfigureAwait(false);
            return 3;
        }
    }

    private static bool TryParse(IReadOnlyList<string> args, out string file, out string? id, out bool dryRun, out string problem)
    {
        file = string.Empty;
        id = null;
        dryRun = false;
        problem = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--text-file" when i + 1 < args.Count:
                    file = args[++i];
                    break;
                case "--id" when i + 1 < args.Count && args[i + 1].Length is > 0 and <= 64:
                    id = args[++i];
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    problem = $"broadcast: unexpected argument '{args[i]}'";
                    return false;
            }
        }

        if (file.Length == 0)
        {
            problem = "broadcast needs --text-file FILE";
            return false;
        }

        return true;
    }
}
