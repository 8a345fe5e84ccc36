using System.Text.Encodings.Web;
using System.Text.Json;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// <c>ask "question"</c> prints the answer; <c>ask</c> without a question reads one question per line
/// from standard input and writes one JSON object per line (question, intent, entry, confidence,
/// answer, suggestions).
/// </summary>
internal static class AskVerb
{
    // Escapes <, >, & and non-ASCII in JSON strings, so a hostile question pasted back into a web page
    // or a terminal cannot become markup or control sequences.
    private static readonly CliJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    public static async Task<int> RunAsync(Answerer answerer, CliArguments args, DateOnly today, TextReader input, TextWriter output)
    {
        if (args.Positional.Count > 0)
        {
            var result = answerer.Answer(string.Join(' ', args.Positional), today, args.Language);
            await output.WriteLineAsync(result.Text).ConfigureAwait(false);
            return 0;
        }

        while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var result = answerer.Answer(line, today, args.Language);
            var json = JsonSerializer.Serialize(
                new AskLine(result.Question, result.Intent, result.EntryId, result.Confidence, result.Text, result.Suggestions.Select(s => s.EntryId).ToArray()),
                Json.AskLine);
            await output.WriteLineAsync(json).ConfigureAwait(false);
        }

        return 0;
    }

    public static Language? LanguageOf(CliArguments args) => args.Language;
}
