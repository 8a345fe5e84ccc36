using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Answers a question from the knowledge base, for a date. Detects abuse and bare greetings first,
/// ranks entries in both languages (so mixed-language questions work), routes a stated income to the
/// calculator, and below the threshold offers the closest entries instead of guessing. Pure apart from
/// the date it is given; immutable after construction and safe to share between threads.
/// </summary>
public sealed class Answerer
{
    private readonly KnowledgeBase knowledge;
    private readonly AnswerOptions options;
    private readonly EntryScorer scorer;
    private readonly ChatTexts texts;
    private readonly TimeProvider clock;
    private readonly SpellingCorrector corrector;
    private readonly QuestionRanker ranker;

    private readonly AnswerRenderer renderer;

    public Answerer(KnowledgeBase knowledge, TimeProvider? clock = null, AnswerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
        this.clock = clock ?? TimeProvider.System;
        this.options = options ?? new AnswerOptions();
        texts = new ChatTexts(knowledge);
        renderer = new AnswerRenderer(knowledge, texts);
        corrector = BuildCorrector(knowledge.Entries);
        scorer = new EntryScorer(knowledge.Entries, corrector, knowledge.Asked, cache: this.options.RankerCache);
        ranker = new QuestionRanker(scorer, corrector, this.options.Blend);
        foreach (var id in new[] { this.options.AbuseEntry, this.options.GreetingEntry, this.options.IncomeEntry })
        {
            _ = knowledge.Find(id, Language.Id) ?? throw new ContentException($"The answer engine needs the entry '{id}'.");
        }
    }

    public KnowledgeBase Knowledge => knowledge;

    internal SpellingCorrector Corrector => corrector;

    internal EntryScorer Scorer => scorer;

    /// <summary>How many distinct features the learned ranker uses (for the evaluation report).</summary>
    public int RankerFeatureCount => scorer.FeatureCount;

    /// <summary>True when the ranker's classifier was loaded from the <see cref="Ranking.RankerCache"/> instead of trained.</summary>
    public bool RankerFromCache => scorer.LoadedFromCache;

    /// <summary>The trained ranker's name in the <see cref="Ranking.RankerCache"/> (null when the options have no cache).</summary>
    public string? RankerCacheName => scorer.CacheName;

    /// <summary>
    /// One corrector over both languages' words (and their stems): a word known in either language is
    /// never "corrected" into the other (turun must not become turn). The lexicons' own words count as
    /// known too: "kapal" must never be "corrected" into "kapan".
    /// </summary>
    internal static SpellingCorrector BuildCorrector(IEnumerable<FaqEntry> entries) =>
        new(entries
            .SelectMany(e => e.Questions.Append(e.Title).Append(e.ChatSummary).Select(t => (Text: t, e.Language)))
            .SelectMany(t => Analyzer.Analyze(t.Text).Tokens.SelectMany(token => new[] { token, Analyzer.Stem(token, t.Language) }))
            .Concat(ContextWords.All)
            .Concat(SlangLexicon.Map.Values)
            .Concat(PhraseLexicon.Map.Values));

    public AnswerOptions Options => options;

    /// <summary>Answers for today (from the <see cref="TimeProvider"/>), in the detected language.</summary>
    public AnswerResult Answer(string? question, Language? language = null) =>
        Answer(question, ContributionCalculator.Today(clock), language);

    public AnswerResult Answer(string? question, DateOnly date, Language? language = null) =>
        Answer(question, date, language, AnswerContext.None);

    /// <summary>
    /// Answers a question in a chat: a short follow-up after a contribution answer ("kalo 3 juta?",
    /// "kalau ojol?") inherits the sector, the income and the topic of the previous turn.
    /// </summary>
    public AnswerResult Answer(string? question, DateOnly date, Language? language, AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = question ?? string.Empty;
        var analyzed = Analyzer.Analyze(text);
        var lang = language ?? LanguageDetector.Detect(analyzed.Normalized, analyzed.Tokens);
        if (analyzed.IsEmpty)
        {
            return new AnswerResult(text, Intents.Unknown, null, 0, texts.Empty(lang), [], lang, null);
        }

        if (AbuseDetector.IsAbuse(text))
        {
            return FromEntry(text, Entry(options.AbuseEntry, lang), 0.95, lang, date, null);
        }

        if (SpecialIntents.IsOnlyGreeting(analyzed)
            || SpecialIntents.AsksWhoTheBotIs(analyzed)
            || (SpecialIntents.IsOnlyThanks(analyzed, text) && !SpecialIntents.WantsSignUp(analyzed) && CrisisDetector.Detect(text) == Crisis.None))
        {
            return FromEntry(text, Entry(options.GreetingEntry, lang), 0.95, lang, date, null);
        }

        // After a reported death or accident the answer opens with a line of sympathy, inside its first screen.
        var crisis = CrisisDetector.Detect(text);
        var ranked = ranker.Rank(text);
        var answer = AnswerQuestion(text, analyzed, lang, date, context, crisis, ranked);
        // An income without the sector it needs is answered by asking for the sector (two buttons): nothing else is offered.
        if (answer.Answered && !answer.NeedsSector)
        {
            answer = answer with { Related = Related(ranked, answer.EntryId!, crisis, lang) };
        }

        return crisis == Crisis.None ? answer : answer with { Crisis = crisis };
    }

    /// <summary>
    /// What an answer offers next: the entries ranked after it (never the abuse or greeting replies), or after a reported
    /// death or accident the crisis path's steps; the answered entry left out, in the answer's language.
    /// </summary>
    private Suggestion[] Related(List<(FaqEntry Entry, double Score, double Cosine)> ranked, string answered, Crisis crisis, Language language)
    {
        var next = crisis == Crisis.None
            ? Offerable(ranked).Where(e => e.Id != answered).Take(options.RelatedCount)
            : CrisisTexts.Steps(crisis).Where(id => id != answered).Select(id => knowledge.Find(id, language)).OfType<FaqEntry>();
        return Offer(next, ranked, language);
    }

    /// <summary>The ranked entries that may be offered as buttons: never the abuse or greeting replies.</summary>
    private static IEnumerable<FaqEntry> Offerable(List<(FaqEntry Entry, double Score, double Cosine)> ranked) =>
        ranked.Where(r => r.Entry.Intent is not (Intents.Abuse or Intents.Greeting)).Select(r => r.Entry);

    /// <summary>Entries as buttons to offer: in the reply's language, each with its ranked probability (0 when not ranked).</summary>
    private Suggestion[] Offer(IEnumerable<FaqEntry> entries, List<(FaqEntry Entry, double Score, double Cosine)> ranked, Language language) =>
        entries
            .Select(e => Twin(e, language))
            .Select(e => new Suggestion(e.Id, e.Intent, e.Title, Math.Round(ranked.FirstOrDefault(r => r.Entry.Id == e.Id).Score, 3)))
            .ToArray();

    /// <summary>A question (not empty, abuse or a bare greeting): ranked, computed or "Maksud Anda…?".</summary>
    private AnswerResult AnswerQuestion(string text, AnalyzedText analyzed, Language lang, DateOnly date, AnswerContext context, Crisis crisis, List<(FaqEntry Entry, double Score, double Cosine)> ranked)
    {
        if (ranked.Count == 0)
        {
            return NotSure(text, Intents.Unknown, 0, DefaultSuggestions(lang), lang, date);
        }

        var top = ranked[0];
        var confidence = Math.Round(top.Score, 3);
        // The health agency's questions get its entry, also when that entry leads below the threshold.
        if (SpecialIntents.IsHealthInsurance(analyzed) && (top.Entry.Intent != Intents.OfftopicKesehatan || confidence < options.Threshold))
        {
            var health = ranked.FirstOrDefault(r => r.Entry.Intent == Intents.OfftopicKesehatan).Entry;
            if (health is not null)
            {
                return FromEntry(text, Twin(health, lang), Math.Max(confidence, 0.8), lang, date, null, crisis: crisis);
            }
        }

        // A death at work is the work-accident death benefit, whichever death entry leads and however sure the ranker is.
        if ((options.NonWorkDeathEntries.Contains(top.Entry.Id) || top.Entry.Id == options.WorkDeathEntry) && SpecialIntents.DiedAtWork(analyzed))
        {
            var work = ranked.FirstOrDefault(r => r.Entry.Id == options.WorkDeathEntry).Entry ?? Entry(options.WorkDeathEntry, lang);
            return FromEntry(text, Twin(work, lang), Math.Max(confidence, 0.8), lang, date, null, crisis: crisis);
        }

        // A broker's offer is the scam warning, also when that entry leads below the threshold; beside "how do we claim
        // it ourselves?" it keeps the claim steps (corpus dev 8, 12, 13 label those so).
        if (SpecialIntents.IsBrokerScam(analyzed)
            && top.Entry.Intent is not (Intents.JkmClaim or Intents.JkkClaim or Intents.JhtOptional))
        {
            var scam = ranked.FirstOrDefault(r => r.Entry.Id == options.ScamEntry).Entry ?? Entry(options.ScamEntry, lang);
            return FromEntry(text, Twin(scam, lang), Math.Max(confidence, 0.8), lang, date, null, crisis: crisis);
        }

        if (SpecialIntents.WantsSignUp(analyzed) && !(top.Entry.Intent == Intents.OfficeLocation && SpecialIntents.AsksWhere(analyzed))
            && top.Entry.Intent is Intents.OfficeLocation or Intents.RegisterHow or Intents.EligibilityBpu)
        {
            var signUp = ranked.FirstOrDefault(r => r.Entry.Intent == Intents.SignupIntent).Entry ?? Entry(options.SignUpEntry, lang);
            return FromEntry(text, Twin(signUp, lang), Math.Max(confidence, 0.7), lang, date, null, crisis: crisis);
        }

        var statedSector = SpecialIntents.DetectSector(analyzed);
        var followUp = context.AboutContributions && IsShortFollowUp(analyzed);
        var contributionQuestion = followUp || top.Entry.Intent is Intents.ContributionAmount or Intents.ContributionByIncome;
        var statedIncome = SpecialIntents.StatedIncome(analyzed, contributionQuestion, followUp);
        var sector = statedSector ?? (followUp || (contributionQuestion && statedIncome is not null) ? context.Sector : null);
        var income = statedIncome ?? (followUp && statedSector is not null ? context.Income : null);
        // A named contribution month other than this one ("iuran bulan april 2027") gets its own figure first: the discount
        // covers contribution months, so this month's figure may not be that month's.
        var month = contributionQuestion || top.Entry.Intent == Intents.ContributionBreakdown ? ContributionMonth.Read(analyzed.Normalized, date) : null;
        // Not before the first discount month our data knows: earlier months had discounts we do not hold (2020–2021).
        var namedLine = month is { } m && m >= knowledge.Discounts.Periods.Min(p => p.FirstMonth)
            ? texts.MonthLine(lang, m, sector, income)
            : null;
        var monthLine = month is { } n && (n.Year != date.Year || n.Month != date.Month) ? namedLine : null;
        if (income is { } declared)
        {
            var entry = ranked.FirstOrDefault(r => r.Entry.Intent == Intents.ContributionByIncome).Entry ?? Entry(options.IncomeEntry, lang);
            if (sector is null && SectorChangesAmount(date))
            {
                var ask = crisis == Crisis.None ? texts.AskSector(lang, declared) : CrisisTexts.Sympathy(lang, crisis) + "\n\n" + texts.AskSector(lang, declared);
                return new AnswerResult(text, Intents.ContributionByIncome, entry.Id, Math.Max(confidence, 0.9), ask, [], lang, null)
                {
                    Income = declared,
                    NeedsSector = true,
                };
            }

            var quote = knowledge.Calculator.Calculate(declared, sector ?? Sector.Other, date) with { SectorStated = sector is not null };
            return FromEntry(text, Twin(entry, lang), Math.Max(confidence, 0.9), lang, date, quote, incomeStated: true, crisis: crisis, lead: monthLine) with { Sector = sector, Income = declared };
        }

        if (followUp && statedSector is { } only)
        {
            // "kalau ojol?" after a contribution answer: the lowest band for that sector.
            var quote = knowledge.Calculator.Calculate(knowledge.Catalog.Bands.Lowest.From, only, date);
            return FromEntry(text, Twin(Entry(options.ContributionEntry, lang), lang), Math.Max(confidence, 0.9), lang, date, quote, crisis: crisis, lead: monthLine) with { Sector = only };
        }

        // A question in the words of one of the leading entry's own variants (the closest of all, near word for word) is that
        // entry's, though neighbours sharing its words split the probability: "iuran bpjs tk brp" read 0.829 against the
        // 0.83 threshold once corpus dev 26 was learned (0.836 before).
        var ownVariant = top.Cosine >= options.VariantMatchCosine && confidence >= options.VariantMatchFloor && ranked.Skip(1).All(r => r.Cosine < top.Cosine);
        if (confidence < options.Threshold && !ownVariant)
        {
            // Unsure which contribution entry is meant, but sure of the month: its figure answers, and the suggestions
            // follow as what to read next, without "sorry, not sure" under a figure that was just given.
            var unsure = NotSure(text, top.Entry.Intent, confidence, ranked, lang, date);
            // This month named ("iuran desember masih diskon kan?") gets its line too here: a sure answer's entry already
            // says this month's status, an unsure one would otherwise give no figure at all.
            return namedLine is null ? unsure : unsure with { Text = namedLine + "\n\n" + texts.MoreAfterLine(lang, unsure.Suggestions) };
        }

        // A stated sector gets its own figure: transport always (its discount runs longer), any other sector once
        // the two differ (from 1 January 2027 a trader pays the normal amount while an ojol driver still has the discount).
        ContributionQuote? sectorQuote = top.Entry.Intent == Intents.ContributionAmount && sector is { } s && (s != Sector.Other || SectorChangesAmount(date))
            ? knowledge.Calculator.Calculate(knowledge.Catalog.Bands.Lowest.From, s, date)
            : null;
        return FromEntry(text, Twin(top.Entry, lang), confidence, lang, date, sectorQuote, crisis: crisis, lead: monthLine) with { Sector = sector ?? (contributionQuestion ? context.Sector : null) };
    }

    /// <summary>A follow-up is short: a few words besides an amount or a sector ("kalo penghasilan 3 juta?").</summary>
    private static bool IsShortFollowUp(AnalyzedText analyzed) =>
        analyzed.Tokens.Count(t => !StopWords.All.Contains(t)) <= 5;

    /// <summary>On this date the transport and the other sector pay different amounts (one discount is in force, the other not).</summary>
    private bool SectorChangesAmount(DateOnly date) =>
        (knowledge.Discounts.InForce(Sector.Transport, date) is null) != (knowledge.Discounts.InForce(Sector.Other, date) is null);

    /// <summary>The answer of one entry (a menu topic or a pressed suggestion), formatted like any other.</summary>
    public AnswerResult AnswerEntry(string entryId, DateOnly date, Language language)
    {
        var entry = knowledge.Find(entryId, language) ?? knowledge.Find(entryId, Language.Id)
            ?? throw new ArgumentException($"No FAQ entry '{entryId}'.", nameof(entryId));
        return FromEntry(entry.Title, entry, 1.0, language, date, null);
    }

    /// <summary>The sector a typed reply to "which sector?" names, in either language ("transport", "ojol", "lainnya"), if any.</summary>
    public static Sector? SectorReply(string? text) => SpecialIntents.SectorReply(Analyzer.Analyze(text));

    /// <summary>The contribution for a declared income and sector (the /iuran dialogue), with its caveats and sources.</summary>
    public AnswerResult AnswerContribution(decimal income, Sector sector, DateOnly date, Language language)
    {
        var quote = knowledge.Calculator.Calculate(income, sector, date);
        return FromEntry(string.Empty, Entry(options.IncomeEntry, language), 1.0, language, date, quote, incomeStated: true);
    }

    /// <summary>
    /// The ranking behind an answer, best first (entry id, intent, combined score, cosine), for content
    /// editors resolving collisions (<c>ask --explain</c>).
    /// </summary>
    public IReadOnlyList<(string EntryId, string Intent, double Score, double Cosine)> Explain(string? question, int count = 5) =>
        ranker.Rank(question ?? string.Empty).Take(count).Select(r => (r.Entry.Id, r.Entry.Intent, Math.Round(r.Score, 3), Math.Round(r.Cosine, 3))).ToArray();

    /// <summary>The terms a question becomes in each language's index (for <c>ask --explain</c>).</summary>
    public string ExplainTerms(string? question)
    {
        var view = Discourse.Read(question, corrector);
        var words = Analyzer.ContentWords(view.AllTokens.ToList(), corrector);
        return $"kind {view.Kind.Name()}; focus {string.Join(' ', view.Focus)}; context {string.Join(' ', view.Context)} | "
            + string.Join(" | ", scorer.Indexes.Select(i => i.Language.Code() + ": " + string.Join(' ', words.Select(w => Analyzer.Stem(w, i.Language)))));
    }

    /// <summary>The ranked entries for a question with their calibrated probabilities (for evaluation).</summary>
    internal IReadOnlyList<(FaqEntry Entry, double Probability)> Ranking(string? question) =>
        ranker.Rank(question ?? string.Empty).ConvertAll(r => (r.Entry, r.Score));

    /// <summary>
    /// The screens "Selengkapnya" walks through for an entry, from its start: the first screen without the
    /// prompt, then the rest. Screen 1 on is what follows the entry's own first screen; screen 0 is what
    /// follows a computed figure.
    /// </summary>
    public IReadOnlyList<string> EntryScreens(string entryId, DateOnly date, Language language)
    {
        var entry = knowledge.Find(entryId, language) ?? knowledge.Find(entryId, Language.Id)
            ?? throw new ArgumentException($"No FAQ entry '{entryId}'.", nameof(entryId));
        var rendered = renderer.Render(entry, language, date, null, false);
        return [rendered.Unprompted, .. rendered.More];
    }

    private AnswerResult FromEntry(string question, FaqEntry entry, double confidence, Language language, DateOnly date, ContributionQuote? quote, bool incomeStated = false, Crisis crisis = Crisis.None, string? lead = null)
    {
        var sympathy = crisis == Crisis.None || entry.Intent == Intents.Abuse ? null : CrisisTexts.Sympathy(language, crisis);
        var opening = lead is null ? sympathy : sympathy is null ? lead : sympathy + "\n\n" + lead;
        var rendered = renderer.Render(entry, language, date, quote, incomeStated, opening);
        return new(question, entry.Intent, entry.Id, confidence, rendered.Text, [], language, quote)
        {
            More = rendered.More,
            MoreFromStart = rendered.FromStart,
            PageUrl = options.PageLink?.Url(entry),
            CalculatorUrl = quote is null ? null : options.CalculatorLink?.Url(quote, language, incomeStated),
        };
    }

    private AnswerResult NotSure(string question, string intent, double confidence, List<(FaqEntry Entry, double Score, double Cosine)> ranked, Language language, DateOnly date)
    {
        _ = date;
        var suggestions = Offer(Offerable(ranked).Take(options.SuggestionCount), ranked, language);
        // No answer, no source line: the titles offered are questions, and each answer cites its own sources.
        var text = texts.NotSure(language, suggestions);
        return new AnswerResult(question, intent, null, confidence, text, suggestions, language, null);
    }

    /// <summary>When nothing matches at all, the most asked topics stand in for "closest".</summary>
    private List<(FaqEntry Entry, double Score, double Cosine)> DefaultSuggestions(Language language) =>
        options.DefaultSuggestions
            .Select(id => knowledge.Find(id, language))
            .OfType<FaqEntry>()
            .Select(e => (e, 0.0, 0.0))
            .ToList();

    private FaqEntry Entry(string id, Language language) =>
        knowledge.Find(id, language) ?? knowledge.Find(id, Language.Id)!;

    private FaqEntry Twin(FaqEntry entry, Language language) =>
        entry.Language == language ? entry : knowledge.Find(entry.Id, language) ?? entry;
}
