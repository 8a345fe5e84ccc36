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
            var question = string.Join(' ', args.Positional);
            var result = answerer.Answer(question, today, args.Language);
            await output.WriteLineAsync(result.Text).ConfigureAwait(false);
            if (args.Explain)
            {
                await output.WriteLineAsync($"\n[intent {result.Intent}, entry {result.EntryId ?? "-"}, confidence {result.Confidence:0.000}]").ConfigureAwait(false);
                await output.WriteLineAsync("  terms " + answerer.ExplainTerms(question)).ConfigureAwait(false);
                foreach (var (entry, intent, score, cosine) in answerer.Explain(question))
                {
                    await output.WriteLineAsync($"  {score:0.000}  cos {cosine:0.000}  {entry} ({intent})").ConfigureAwait(false);
                }
            }

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
}
