using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>ask "question"</c> prints the answer; <c>ask</c> without a question reads one question per line
/// from standard input and writes one JSON object per line (question, intent, entry, confidence,
/// answer, suggestions).
/// </summary>
internal sealed class AskCommand : ContentCommand
{
    // Escapes <, >, & and non-ASCII in JSON strings, so a hostile question pasted back into a web page
    // or a terminal cannot become markup or control sequences.
    private static readonly CliJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    private readonly Option<Language?> language = CliOptions.Language();
    private readonly Option<bool> explain = CliOptions.Explain("Also print the intent, the confidence and the five best-ranked entries with their scores");
    private readonly Argument<string[]> question = new("question")
    {
        Description = "The question (its words may be given unquoted; put -- before a question that starts with --). Without it: one question per line from standard input, one JSON object per line out",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public AskCommand(CliContext context)
        : base("ask", "Answers a question, or every line of standard input as JSON Lines", context)
    {
        Options.Add(language);
        Options.Add(explain);
        Arguments.Add(question);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        var answerer = new Answerer(ContentLoader.Load(ContentRoot(parse)), Context.Clock);
        var today = Today(parse);
        var words = parse.GetValue(question) ?? [];
        if (words.Length > 0)
        {
            await AnswerOneAsync(answerer, string.Join(' ', words), today, parse.GetValue(language), parse.GetValue(explain)).ConfigureAwait(false);
            return CliContext.ExitOk;
        }

        while (await Context.Input.ReadLineAsync(stop).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var result = answerer.Answer(line, today, parse.GetValue(language));
            var json = JsonSerializer.Serialize(
                new AskLine(result.Question, result.Intent, result.EntryId, result.Confidence, result.Text, result.Suggestions.Select(s => s.EntryId).ToArray(), result.Related.Select(r => r.EntryId).ToArray()),
                Json.AskLine);
            await Context.Output.WriteLineAsync(json).ConfigureAwait(false);
        }

        return CliContext.ExitOk;
    }

    private async Task AnswerOneAsync(Answerer answerer, string text, DateOnly today, Language? answerLanguage, bool withExplanation)
    {
        var output = Context.Output;
        var result = answerer.Answer(text, today, answerLanguage);
        await output.WriteLineAsync(result.Text).ConfigureAwait(false);
        if (!withExplanation)
        {
            return;
        }

        await output.WriteLineAsync($"\n[intent {result.Intent}, entry {result.EntryId ?? "-"}, confidence {result.Confidence:0.000}]").ConfigureAwait(false);
        await output.WriteLineAsync("  terms " + answerer.ExplainTerms(text)).ConfigureAwait(false);
        foreach (var (entry, intent, score, cosine) in answerer.Explain(text))
        {
            await output.WriteLineAsync($"  {score:0.000}  cos {cosine:0.000}  {entry} ({intent})").ConfigureAwait(false);
        }
    }
}
