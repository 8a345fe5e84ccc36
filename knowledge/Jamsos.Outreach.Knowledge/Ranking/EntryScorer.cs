using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// Puts the two halves of the ranker side by side for one question: the learned classifier's
/// probability and the retriever's signals (BM25F and the best question-variant cosine, each the better
/// of the two languages), plus whether the entry gives the kind of answer asked for. The blend
/// (<see cref="BlendWeights"/>) turns these into one calibrated probability per entry.
/// Built from a list of entries, so cross-validation can build one without the held-out questions.
/// </summary>
internal sealed class EntryScorer
{
    // How many times a question people asked counts in training. Two until 2026-12-07; once since, when the
    // development sets were first held out by whole batch: each setting with its own refit blend, once read 11 intents
    // and 21 entries more over 3,762 development questions than twice (top-3 -1, confidently wrong 47 -> 46), three
    // times 11 and 13 more but 5 more confidently wrong; twice had read better only while a question's own batch
    // was in training. Once also trains a fifth faster.
    private const int AskedWeight = 1;

    private readonly EntryClassifier classifier;
    private readonly SearchIndex[] indexes;
    private readonly FaqEntry[] entryOfClass;
    private readonly int[][] classOfDocument;
    private readonly int[] intentOfClass;
    private readonly double[] logPrior;

    public EntryScorer(IReadOnlyList<FaqEntry> entries, SpellingCorrector corrector, IReadOnlyList<AskedQuestion>? asked = null, SoftmaxOptions? options = null, RankerCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rankedIds = entries.Where(e => IsRanked(e.Intent)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Corrector = corrector;
        var ranked = entries.Where(e => IsRanked(e.Intent)).ToList();

        // The retriever's indexes build on the other core while the classifier trains: start-up time.
        ILookup<string, string> AskedIn(Language language) =>
            (asked ?? []).Where(a => a.Language == language).ToLookup(a => a.EntryId, a => a.Question, StringComparer.Ordinal);
        var building = Task.Run(() => new[]
        {
            new SearchIndex(Language.Id, ranked.Where(e => e.Language == Language.Id).ToArray(), corrector, AskedIn(Language.Id)),
            new SearchIndex(Language.En, ranked.Where(e => e.Language == Language.En).ToArray(), corrector, AskedIn(Language.En)),
        });
        var texts = ranked
            .SelectMany(e => e.Questions.Append(e.Title).Select(q => (EntryId: e.Id, Text: q)))
            .Concat((asked ?? []).Where(a => rankedIds.Contains(a.EntryId)).Select(a => (a.EntryId, Text: a.Question)))
            .ToArray();
        var askedRows = texts.Length - ranked.Sum(e => e.Questions.Count + 1);
        var intentOfEntry = ranked.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Intent, StringComparer.Ordinal);
        var key = cache is null ? null : CacheKey(texts, askedRows, intentOfEntry, corrector, options ?? new SoftmaxOptions());
        CacheName = key;
        var loaded = key is null ? null : cache!.TryLoad(key);
        if (loaded is not null)
        {
            classifier = loaded;
            LoadedFromCache = true;
        }
        else
        {
            // Each text is read once; an asked question's repeats share its reading (and its features, in the classifier).
            var examples = texts.AsParallel().AsOrdered().Select(x => (x.EntryId, Discourse.Read(x.Text, corrector))).ToArray();
            examples = [.. examples, .. Enumerable.Repeat(examples[^askedRows..], AskedWeight - 1).SelectMany(a => a)];
            classifier = EntryClassifier.Train(examples, id => intentOfEntry[id], options);
            if (key is not null)
            {
                cache!.TrySave(key, classifier);
            }
        }

        indexes = building.GetAwaiter().GetResult();

        // Training's scratch (weights and AdaGrad sums side by side, ~30 MB) is garbage now, but the GC keeps
        // the memory committed; one aggressive collection per trained engine gives it back, so the bot's
        // working set after load is its real size (fresh process, 2026-12-06: 145 MB without this, 73 MB with it).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        entryOfClass = classifier.EntryIds
            .Select(id => ranked.FirstOrDefault(e => e.Id == id && e.Language == Language.Id) ?? ranked.First(e => e.Id == id))
            .ToArray();
        classOfDocument = indexes.Select(i => i.Entries.Select(e => classifier.ClassOf(e.Id)).ToArray()).ToArray();
        // Each entry's intent, as the intent model's class (the model trained on exactly these entries' intents).
        var intentClass = classifier.Intents.ToList();
        intentOfClass = entryOfClass.Select(e => intentClass.IndexOf(e.Intent)).ToArray();

        // How often people asked for each entry (the asked questions this scorer trained on): a base rate.
        var askedCount = (asked ?? []).Where(a => rankedIds.Contains(a.EntryId)).GroupBy(a => a.EntryId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = askedCount.Values.Sum() + entryOfClass.Length;
        logPrior = entryOfClass.Select(e => Math.Log((askedCount.GetValueOrDefault(e.Id) + 1.0) / total)).ToArray();
    }

    public SpellingCorrector Corrector { get; }

    internal EntryClassifier Classifier => classifier;

    /// <summary>True when the classifier came from the <see cref="RankerCache"/> instead of training.</summary>
    public bool LoadedFromCache { get; }

    /// <summary>The classifier's name in the <see cref="RankerCache"/> (null without a cache).</summary>
    public string? CacheName { get; }

    /// <summary>What training reads: the texts with their weights, each entry's intent, the corrector that reads them, the settings.</summary>
    internal static string CacheKey((string EntryId, string Text)[] texts, int askedRows, IReadOnlyDictionary<string, string> intentOfEntry, SpellingCorrector corrector, SoftmaxOptions options)
    {
        var weights = Enumerable.Repeat(1f, texts.Length - askedRows).Concat(Enumerable.Repeat((float)AskedWeight, askedRows)).ToArray();
        var intents = intentOfEntry.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ("intent:" + p.Key, p.Value)).ToArray();
        return RankerCache.Key([.. texts, .. intents, ("corrector", corrector.Fingerprint)], [.. weights, .. intents.Select(_ => 0f), 0f], options);
    }

    public int FeatureCount => classifier.FeatureCount;

    /// <summary>The entries ranked (one per id, the Indonesian one), indexed like the candidates.</summary>
    public IReadOnlyList<FaqEntry> Entries => entryOfClass;

    public IReadOnlyList<SearchIndex> Indexes => indexes;

    /// <summary>Greetings and abuse are decided by rules, never ranked: refusing a real question is the worse mistake.</summary>
    public static bool IsRanked(string intent) => intent is not (Intents.Abuse or Intents.Greeting);

    public int ClassOf(string entryId) => classifier.ClassOf(entryId);

    /// <summary>The signals of every entry for this question (indexed like <see cref="Entries"/>).</summary>
    public CandidateSignals[] Score(QuestionView question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // The intent signal is the intent model's probability of the entry's intent (2026-12-07: with corpus dev 15
        // learned, each with its own refit blend, it read 23 intents, 15 entries and 11 top-3 more out-of-fold over
        // 3,182 development questions than the entry model's probabilities summed per intent, and 1.7 points more
        // intent in cross-validation over the content's variants).
        var (probabilities, intentMass, hidden) = classifier.PredictAll(question);

        var signals = new CandidateSignals[entryOfClass.Length];
        for (var c = 0; c < signals.Length; c++)
        {
            var kind = entryOfClass[c].Kind;
            signals[c] = new CandidateSignals(
                Math.Log(probabilities[c] + 1e-6),
                0,
                0,
                question.Kind != AnswerKind.Other && kind == question.Kind ? 1 : 0,
                kind == AnswerKind.Definition && question.Kind != AnswerKind.Definition ? 1 : 0,
                Math.Log(intentMass[intentOfClass[c]] + 1e-6),
                logPrior[c],
                hidden is null ? 0 : Math.Log(hidden[c] + 1e-6));
        }

        var words = Analyzer.ContentWords(question.AllTokens.ToList(), Corrector);
        if (words.Count == 0)
        {
            return signals;
        }

        for (var l = 0; l < indexes.Length; l++)
        {
            var index = indexes[l];
            var scores = index.Score(words.ConvertAll(w => Analyzer.Stem(w, index.Language)));
            var max = scores.Length == 0 ? 0 : scores.Max(s => s.Bm25);
            if (max <= 0)
            {
                continue;
            }

            for (var d = 0; d < scores.Length; d++)
            {
                var c = classOfDocument[l][d];
                var current = signals[c];
                signals[c] = current with
                {
                    Cosine = Math.Max(current.Cosine, scores[d].Cosine),
                    Bm25 = Math.Max(current.Bm25, scores[d].Bm25 / max),
                };
            }
        }

        return signals;
    }
}

/// <summary>What the ranker knows about one entry for one question.</summary>
internal readonly record struct CandidateSignals(double LogProbability, double Cosine, double Bm25, double KindMatch, double DefinitionMismatch, double IntentMass, double Prior, double HiddenLayer = 0)
{
    public const int Count = 8;

    public double this[int i] => i switch
    {
        0 => LogProbability,
        1 => Cosine,
        2 => Bm25,
        3 => KindMatch,
        4 => DefinitionMismatch,
        5 => IntentMass,
        6 => Prior,
        _ => HiddenLayer,
    };
}
