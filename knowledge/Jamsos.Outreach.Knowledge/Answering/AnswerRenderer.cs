using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Writes an entry's chat answer for a date: the date-aware summary, a computed contribution with its
/// caveats, the medium-confidence caveat and the source line. Thread-safe; plain answers are cached.
/// </summary>
internal sealed class AnswerRenderer
{
    private readonly KnowledgeBase knowledge;
    private readonly ChatTexts texts;
    private readonly CalculatorLink? calculatorLink;

    // A plain answer without date-aware text depends only on its entry, so it is rendered once; the cache
    // holds at most one text per entry. Date-aware answers change every day (the days left of a discount)
    // and are cheap to write, so they are rendered for each question.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> rendered = new(StringComparer.Ordinal);

    public AnswerRenderer(KnowledgeBase knowledge, ChatTexts texts, CalculatorLink? calculatorLink)
    {
        this.knowledge = knowledge;
        this.texts = texts;
        this.calculatorLink = calculatorLink;
    }

    public string Render(FaqEntry entry, Language language, DateOnly date, ContributionQuote? quote, bool incomeStated) =>
        quote is null && !entry.Summary.Contains("{{" + PlaceholderResolver.LivePrefix, StringComparison.Ordinal)
            ? rendered.GetOrAdd(entry.Key, static (_, args) => args.self.Write(args.entry, args.language, args.date, null, false), (self: this, entry, language, date))
            : Write(entry, language, date, quote, incomeStated);

    private string Write(FaqEntry entry, Language language, DateOnly date, ContributionQuote? quote, bool incomeStated)
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
        var text = string.Join("\n\n", parts);
        return entry.Intent == Intents.Greeting ? text : text + "\n" + texts.SourceLine(language, sources, checkedDate);
    }
}
