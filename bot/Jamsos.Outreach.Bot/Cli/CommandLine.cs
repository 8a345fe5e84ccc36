using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>Dispatches the verbs. Exit codes: 0 ok, 1 the check found problems, 2 usage or content error.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Jamsos.Outreach bot

        Usage:
          dotnet run --project bot -- ask [--today YYYY-MM-DD] [--lang id|en] [--explain] ["question"]
              With a question: prints the answer. Without: reads one question per line from stdin and
              writes one JSON object per line (question, intent, entry, confidence, answer, suggestions).
              --explain also prints the five best-ranked entries with their scores.
          dotnet run --project bot -- check-content [--max-age-days N] [--today YYYY-MM-DD]
              Validates content/ and lists every problem; exits 1 if there is any.

        Options:
          --content DIR   the content folder (default: the nearest content/ above the working directory)
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (!CliArguments.TryParse(args, out var parsed, out var problem))
        {
            await error.WriteLineAsync(problem + Environment.NewLine + Environment.NewLine + Usage).ConfigureAwait(false);
            return 2;
        }

        var today = parsed.Today ?? ContributionCalculator.Today(clock);
        try
        {
            var contentRoot = ContentLocator.Locate(parsed.ContentPath);
            switch (parsed.Verb)
            {
                case "ask":
                    var answerer = new Answerer(ContentLoader.Load(contentRoot), clock);
                    return await AskVerb.RunAsync(answerer, parsed, today, input, output).ConfigureAwait(false);
                case "check-content":
                    return await CheckContentVerb.RunAsync(contentRoot, parsed, today, output, error).ConfigureAwait(false);
                default:
                    await output.WriteLineAsync(Usage).ConfigureAwait(false);
                    return parsed.Verb is null or "help" or "--help" ? 0 : 2;
            }
        }
        catch (ContentException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
    }
}
