using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Writes an entry's chat answer for a date: the date-aware summary, a computed contribution with its
/// caveats, the medium-confidence caveat and the source line. Thread-safe; plain answers are cached.
/// The first screen stays under <see cref="FirstScreenLimit"/> characters where the content allows: a long
/// summary is cut after a sentence, its caveat and sources stay on the first screen, and the rest of the
/// summary follows in later screens ("Selengkapnya"). A computed answer is never cut: its figure, caveats
/// and calculator link belong together, and a later screen is rebuilt from the entry alone.
/// </summary>
internal sealed class AnswerRenderer
{
    private readonly KnowledgeBase knowledge;
    private readonly ChatTexts texts;
    private readonly CalculatorLink? calculatorLink;

    // A plain answer without date-aware text depends only on its entry, so it is rendered once; the cache
    // holds at most one text per entry. Date-aware answers change every day (the days left of a discount)
    // and are cheap to write, so they are rendered for each question.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RenderedAnswer> rendered = new(StringComparer.Ordinal);

    public AnswerRenderer(KnowledgeBase knowledge, ChatTexts texts, CalculatorLink? calculatorLink)
    {
        this.knowledge = knowledge;
        this.texts = texts;
        this.calculatorLink = calculatorLink;
    }

    /// <summary>The first screen of a chat answer is shorter than this (the text a person sees, in characters).</summary>
    public const int FirstScreenLimit = 600;

    public RenderedAnswer Render(FaqEntry entry, Language language, DateOnly date, ContributionQuote? quote, bool incomeStated) =>
        quote is null && !entry.Summary.Contains("{{" + PlaceholderResolver.LivePrefix, StringComparison.Ordinal)
            ? rendered.GetOrAdd(entry.Key, static (_, args) => args.self.Write(args.entry, args.language, args.date, null, false), (self: this, entry, language, date))
            : Write(entry, language, date, quote, incomeStated);

    private RenderedAnswer Write(FaqEntry entry, Language language, DateOnly date, ContributionQuote? quote, bool incomeStated)
    {
        var parts = new List<string>();
        var effective = entry.Confidence;
        var sources = entry.Sources.Select(s => s.Regulation).ToList();
        var checkedDate = entry.Checked;
        // The prompt asks for what the engine needs to compute; once it has computed, asking again is noise.
        var live = knowledge.Live.Render(incomeStated ? entry.Summary : entry.ChatSummary, language, date);
        if (quote is not null)
        {
            // Once a discount has ended both the quote and the date-aware summary send people to JMO or
            // 175; the advice is said once, in the summary.
            var advice = knowledge.Live.Advice(language);
            var quoted = texts.Quote(language, quote, incomeStated);
            parts.Add(live.Contains(advice, StringComparison.Ordinal) ? quoted.Replace(" " + advice, string.Empty, StringComparison.Ordinal) : quoted);
            var bandIsSolid = quote.Band.Number == knowledge.Catalog.Bands.Lowest.Number;
            if (!bandIsSolid)
            {
                effective = Content.Confidence.Low < effective ? Content.Confidence.Low : effective;
            }

            sources.Insert(0, "PP 44/2015");
            if (quote.Discount is not null)
            {
                sources.Insert(1, quote.Discount.Regulation);
            }

            checkedDate = checkedDate < knowledge.Catalog.Bands.Checked ? checkedDate : knowledge.Catalog.Bands.Checked;
        }

        parts.Add(live);
        if (quote is not null && quote.Band.Number != knowledge.Catalog.Bands.Lowest.Number)
        {
            parts.Add(texts.BandCaveat(language));
        }

        if (effective < Content.Confidence.High)
        {
            parts.Add(texts.Caveat(language));
        }

        if (quote is not null && calculatorLink is { } link)
        {
            parts.Add(link.Line(quote, language, incomeStated));
        }

        // A greeting states no fact, so it cites none; every answer that does ends with its sources.
        var footer = entry.Intent == Intents.Greeting ? string.Empty : "\n" + texts.SourceLine(language, sources, checkedDate);
        if (quote is not null)
        {
            return new RenderedAnswer(string.Join("\n\n", parts) + footer, []);
        }

        // Without a quote the summary comes first; what the prompt, the caveat and the sources leave of the
        // first screen is its share. The prompt asks for the next step, so it stays on the first screen.
        var summary = knowledge.Live.Render(entry.Summary, language, date);
        var prompt = incomeStated || entry.Prompt is null ? string.Empty : " " + knowledge.Live.Render(entry.Prompt, language, date);
        var room = FirstScreenLimit - 1 - (string.Join("\n\n", parts).Length - live.Length) - footer.Length - prompt.Length;
        var pages = ChatPages.Split(summary, room, FirstScreenLimit - 1);
        parts[0] = pages[0] + prompt;
        return new RenderedAnswer(string.Join("\n\n", parts) + footer, pages.Skip(1).ToArray());
    }
}
