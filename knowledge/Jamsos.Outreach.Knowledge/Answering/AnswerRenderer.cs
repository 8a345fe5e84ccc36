using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Writes an entry's chat answer for a date: the date-aware summary, a computed contribution with its
/// caveat, the medium-confidence caveat and the source line. Thread-safe; plain answers are cached.
/// The first screen stays under <see cref="FirstScreenLimit"/> characters where the content allows: a long
/// summary is cut after a sentence, its caveat and sources stay on the first screen, and the rest of the
/// summary follows in later screens ("Selengkapnya"). A computed answer's first screen is the figure, one
/// short caveat and its sources; the entry's general explanation follows behind "Selengkapnya", screen by
/// screen as the entry alone is answered (a later screen is rebuilt from the entry, not from the figure).
/// An opening line (sympathy after a reported death or accident) counts against the first screen too.
/// </summary>
internal sealed class AnswerRenderer
{
    private readonly KnowledgeBase knowledge;
    private readonly ChatTexts texts;

    // A plain answer without date-aware text depends only on its entry, so it is rendered once; the cache
    // holds at most one text per entry. Date-aware answers change every day (the days left of a discount)
    // and are cheap to write, so they are rendered for each question.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RenderedAnswer> rendered = new(StringComparer.Ordinal);

    public AnswerRenderer(KnowledgeBase knowledge, ChatTexts texts)
    {
        this.knowledge = knowledge;
        this.texts = texts;
    }

    /// <summary>The first screen of a chat answer is shorter than this (the text a person sees, in characters).</summary>
    public const int FirstScreenLimit = 600;

    public RenderedAnswer Render(FaqEntry entry, Language language, DateOnly date, ContributionQuote? quote, bool incomeStated, string? opening = null)
    {
        if (quote is not null)
        {
            return WriteComputed(entry, language, date, quote, incomeStated, opening);
        }

        return opening is null && !entry.Summary.Contains("{{" + PlaceholderResolver.LivePrefix, StringComparison.Ordinal)
            ? rendered.GetOrAdd(entry.Key, static (_, args) => args.self.Write(args.entry, args.language, args.date, false, null), (self: this, entry, language, date))
            : Write(entry, language, date, incomeStated, opening);
    }

    /// <summary>
    /// The figure for the person's income and sector, the one caveat it needs and its sources. The entry's
    /// general text is left to "Selengkapnya" (<see cref="RenderedAnswer.FromStart"/>): together they would be
    /// two screens on a phone, and the figure is what was asked.
    /// </summary>
    private RenderedAnswer WriteComputed(FaqEntry entry, Language language, DateOnly date, ContributionQuote quote, bool incomeStated, string? opening)
    {
        var sources = entry.Sources.Select(s => s.Regulation).ToList();
        sources.Insert(0, "PP 44/2015");
        if (quote.Discount is not null)
        {
            sources.Insert(1, quote.Discount.Regulation);
        }

        var checkedDate = entry.Checked < knowledge.Catalog.Bands.Checked ? entry.Checked : knowledge.Catalog.Bands.Checked;
        var footer = "\n" + texts.SourceLine(language, sources, checkedDate);
        var text = ComputedScreen(entry, language, quote, incomeStated, opening, compact: false) + footer;
        if (text.Length >= FirstScreenLimit)
        {
            text = ComputedScreen(entry, language, quote, incomeStated, opening, compact: true) + footer;
        }

        var general = Render(entry, language, date, null, false);
        return new RenderedAnswer(text, [general.Unprompted, .. general.More]) { FromStart = true };
    }

    private string ComputedScreen(FaqEntry entry, Language language, ContributionQuote quote, bool incomeStated, string? opening, bool compact)
    {
        var bandIsSolid = quote.Band.Number == knowledge.Catalog.Bands.Lowest.Number;
        var quoted = texts.Quote(language, quote, incomeStated, compact);
        var parts = new List<string>();
        if (opening is not null)
        {
            parts.Add(opening);
        }

        parts.Add(quoted);
        if (!bandIsSolid || entry.Confidence < Content.Confidence.High)
        {
            parts.Add(texts.ComputedCaveat(language, bandIsSolid, quoted.Contains(knowledge.Live.Advice(language), StringComparison.Ordinal)));
        }

        return string.Join("\n\n", parts);
    }

    private RenderedAnswer Write(FaqEntry entry, Language language, DateOnly date, bool incomeStated, string? opening)
    {
        // The prompt asks for what the engine needs to compute; once it has computed, asking again is noise.
        var parts = new List<string> { knowledge.Live.Render(incomeStated ? entry.Summary : entry.ChatSummary, language, date) };
        if (entry.Confidence < Content.Confidence.High)
        {
            parts.Add(texts.Caveat(language));
        }

        // A greeting states no fact, so it cites none; every answer that does ends with its sources.
        var footer = entry.Intent == Intents.Greeting ? string.Empty : "\n" + texts.SourceLine(language, entry.Sources.Select(s => s.Regulation), entry.Checked);
        var head = opening is null ? string.Empty : opening + "\n\n";

        // The summary comes first; what the opening, the prompt, the caveat and the sources leave of the first
        // screen is its share. The prompt asks for the next step, so it stays on the first screen.
        var summary = knowledge.Live.Render(entry.Summary, language, date);
        var prompt = incomeStated || entry.Prompt is null ? string.Empty : " " + knowledge.Live.Render(entry.Prompt, language, date);
        var room = FirstScreenLimit - 1 - head.Length - (string.Join("\n\n", parts).Length - parts[0].Length) - footer.Length - prompt.Length;
        var pages = ChatPages.Split(summary, room, FirstScreenLimit - 1);
        var rest = parts.Skip(1).Select(p => "\n\n" + p).Aggregate(string.Empty, string.Concat) + footer;
        return new RenderedAnswer(head + pages[0] + prompt + rest, pages.Skip(1).ToArray()) { Unprompted = pages[0] + rest };
    }
}
