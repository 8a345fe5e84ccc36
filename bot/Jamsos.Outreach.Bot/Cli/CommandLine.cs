using Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>Dispatches the verbs. Exit codes: 0 ok, 1 the check found problems, 2 usage or content error.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Jamsos.Outreach bot

        Usage:
          dotnet run --project bot [-- --terminal]
              Starts the bot: a chat in this terminal when no Telegram or Discord token is configured.
          dotnet run --project bot -- ask [--today YYYY-MM-DD] [--lang id|en] [--explain] ["question"]
              With a question: prints the answer. Without: reads one question per line from stdin and
              writes one JSON object per line (question, intent, entry, confidence, answer, suggestions).
              --explain also prints the five best-ranked entries with their scores.
          dotnet run --project bot -- evaluate [--today YYYY-MM-DD] [--folds K] [--eval DIR] [--explain] [--fit]
              The answer engine's figures on every evaluation set beside a plain BM25 baseline, per
              language, with K-fold cross-validation (default 5). --explain lists the misses; --fit
              refits the blend weights and the threshold on held-out data (never the frozen test half).
          dotnet run --project bot -- check-content [--max-age-days N] [--today YYYY-MM-DD]
              Validates content/ and lists every problem; exits 1 if there is any.

          dotnet run --project bot -- export [--format csv|jsonl] [--since YYYY-MM-DD] [--region NAME] [--output FILE]
          dotnet run --project bot -- stats
          dotnet run --project bot -- unanswered
              Staff tools over the bot's database (Storage__ConnectionString).
          dotnet run --project bot -- broadcast --text-file FILE [--id NAME] [--dry-run]
              Sends FILE to every news subscriber on Telegram (Telegram__Token), with a progress bar.
              Running it again resumes a crashed or stopped broadcast; nobody gets it twice.

        Options:
          --content DIR   the content folder (default: the nearest content/ above the working directory)
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        // The crash drill (used by the SIGKILL test) has its own small argument set.
        if (args is ["crash-drill", .. var drillArgs])
        {
            return await CrashDrillVerb.RunAsync(drillArgs, output, error).ConfigureAwait(false);
        }

        // The broadcast verb parses its own options (--text-file, --id, --dry-run) and reports its own errors.
        if (args is ["broadcast", .. var broadcastArgs])
        {
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                return await BroadcastVerb.RunAsync(broadcastArgs, output, error, clock, stop.Token).ConfigureAwait(false);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        if (!CliArguments.TryParse(args, out var parsed, out var problem))
        {
            await error.WriteLineAsync(problem + Environment.NewLine + Environment.NewLine + Usage).ConfigureAwait(false);
            return 2;
        }

        var today = parsed.Today ?? ContributionCalculator.Today(clock);
        try
        {
            switch (parsed.Verb)
            {
                case null or "run":
                    return await RunVerb.RunAsync(parsed, input, output, error, clock).ConfigureAwait(false);
                case "ask":
                    var answerer = new Answerer(ContentLoader.Load(ContentLocator.Locate(parsed.ContentPath)), clock);
                    return await AskVerb.RunAsync(answerer, parsed, today, input, output).ConfigureAwait(false);
                case "evaluate":
                    return await EvaluateVerb.RunAsync(ContentLocator.Locate(parsed.ContentPath), parsed, today, output, clock).ConfigureAwait(false);
                case "check-content":
                    return await CheckContentVerb.RunAsync(ContentLocator.Locate(parsed.ContentPath), parsed, today, output, error).ConfigureAwait(false);
                case "export" or "stats" or "unanswered":
                    return await StaffVerbs.RunAsync(parsed.Verb, parsed, output, clock).ConfigureAwait(false);
                case "help":
                    await output.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 0;
                default:
                    await error.WriteLineAsync($"unknown verb '{parsed.Verb}'" + Environment.NewLine + Environment.NewLine + Usage).ConfigureAwait(false);
                    return 2;
            }
        }
        catch (ContentException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (StorageException ex)
        {
            // A broken or locked database file: a clear sentence, not a stack trace.
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("Invalid configuration: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }
    }
}
