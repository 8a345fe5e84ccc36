using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// The whole yardstick in one run: every evaluation set in a folder (the corpus's development and frozen
/// test halves, the older dev and holdout sets), each beside the plain BM25 baseline, per language, and
/// the k-fold cross-validation over the content's own variants.
/// </summary>
public sealed class EvaluationReport
{
    /// <summary>The evaluation sets, in the order they are reported (file names in the eval folder).</summary>
    public static readonly IReadOnlyList<(string Name, string File)> Sets =
    [
        (FrozenTestSet, "corpus_test.tsv"),
        ("corpus dev", "corpus_dev.tsv"),
        ("holdout", "holdout_questions.tsv"),
        ("dev (old)", "dev_questions.tsv"),
        ("corpus dev 2", "corpus_dev2.tsv"),
        ("corpus dev 3", "corpus_dev3.tsv"),
        ("corpus dev 4", "corpus_dev4.tsv"),
        ("corpus dev 5", "corpus_dev5.tsv"),
        ("corpus dev 6", "corpus_dev6.tsv"),
        ("corpus dev 7", "corpus_dev7.tsv"),
        ("corpus dev 8", "corpus_dev8.tsv"),
        ("corpus dev 9", "corpus_dev9.tsv"),
        ("corpus dev 10", "corpus_dev10.tsv"),
        ("corpus dev 11", "corpus_dev11.tsv"),
        ("corpus dev 12", "corpus_dev12.tsv"),
        ("corpus dev 13", "corpus_dev13.tsv"),
        ("corpus dev 14", "corpus_dev14.tsv"),
        ("corpus dev 15", "corpus_dev15.tsv"),
        ("corpus dev 16", "corpus_dev16.tsv"),
        ("corpus dev 17", "corpus_dev17.tsv"),
        ("corpus dev 18", "corpus_dev18.tsv"),
        ("corpus dev 19", "corpus_dev19.tsv"),
        ("corpus dev 20", "corpus_dev20.tsv"),
        ("corpus dev 21", "corpus_dev21.tsv"),
        ("corpus dev 22", "corpus_dev22.tsv"),
        ("corpus dev 23", "corpus_dev23.tsv"),
        ("corpus dev 24", "corpus_dev24.tsv"),
        ("corpus dev 25", "corpus_dev25.tsv"),
        ("corpus dev 26", "corpus_dev26.tsv"),
        ("corpus dev 27", "corpus_dev27.tsv"),
        ("corpus dev 28", "corpus_dev28.tsv"),
        ("corpus dev 29", "corpus_dev29.tsv"),
    ];

    /// <summary>The set nothing is tuned on: its misses are never printed.</summary>
    public const string FrozenTestSet = "corpus test (frozen)";

    /// <summary>
    /// Development batches measured unseen and not learned from yet: reported like the others, but left out of
    /// <c>--fit</c> and their misses are not printed, so they stay a yardstick for the next change until a session
    /// learns from them (then they leave this list, their rows join <c>content/asked</c>).
    /// </summary>
    public static readonly IReadOnlySet<string> NotYetLearned = new HashSet<string>(StringComparer.Ordinal) { "corpus dev 28", "corpus dev 29" };

    /// <summary>The sets <c>--fit</c> fits on and <c>--explain</c> lists misses of: neither the frozen half nor a batch not yet learned from.</summary>
    public static bool IsTunedOn(string set) => set != FrozenTestSet && !NotYetLearned.Contains(set);

    private EvaluationReport(IReadOnlyList<SetReport> sets, CrossValidationResult? crossValidation)
    {
        SetReports = sets;
        CrossValidation = crossValidation;
    }

    public IReadOnlyList<SetReport> SetReports { get; }

    public CrossValidationResult? CrossValidation { get; }

    public SetReport this[string name] => SetReports.First(s => s.Name == name);

    /// <summary>Runs every set (or, with <paramref name="developmentOnly"/>, every set but the frozen test half).</summary>
    public static EvaluationReport Run(Answerer answerer, string evalFolder, DateOnly date, int folds = 0, bool developmentOnly = false)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        var baseline = new Bm25Baseline(answerer.Knowledge.Entries);
        var engines = OutOfFold.Build(answerer, folds);
        var reports = Sets
            .Where(s => !(developmentOnly && s.Name == FrozenTestSet))
            .Where(s => File.Exists(Path.Combine(evalFolder, s.File)))
            .Select(s => Evaluator.Evaluate(s.Name, EvaluationSetReader.Read(Path.Combine(evalFolder, s.File)), engines, baseline, date))
            .ToArray();
        var cv = folds > 1 ? Evaluation.CrossValidation.Run(answerer.Knowledge, folds, answerer.Options.Blend) : null;
        return new EvaluationReport(reports, cv);
    }

    public void Write(TextWriter output, bool perLanguage = true, bool misses = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("set                         n   intent  entry   top-3   conf-wrong (entry)  answered | BM25: intent  entry   top-3");
        foreach (var set in SetReports)
        {
            Row(set);
            if (perLanguage)
            {
                foreach (var language in set.ByLanguage())
                {
                    Row(language);
                }
            }
        }

        // The sets nothing was tuned on, with how far their figures can be trusted.
        var untuned = SetReports.Where(s => !IsTunedOn(s.Name)).ToArray();
        if (untuned.Length > 0)
        {
            output.WriteLine("95% intervals, sets nothing was tuned on (Wilson; margin over BM25 by paired bootstrap, 10,000 resamples):");
            foreach (var s in untuned)
            {
                output.WriteLine(IntervalLine(s));
            }
        }

        if (CrossValidation is { } cv)
        {
            output.WriteLine(string.Create(c, $"{cv.Folds}-fold cross-validation over {cv.Count} content variants: entry {cv.EntryAccuracy:P1}, intent {cv.IntentAccuracy:P1}, top-3 {cv.Top3Recall:P1}"));
        }

        if (misses)
        {
            // Never the frozen test half: reading its misses is how tuning on it starts.
            foreach (var set in SetReports.Where(s => IsTunedOn(s.Name)))
            {
                foreach (var o in set.Outcomes.Where(o => !o.IntentRight || (set.HasEntries && !o.EntryRight)))
                {
                    output.WriteLine(string.Create(c, $"miss [{set.Name}] {o.Question.Id}: want {o.Question.Intent}/{o.Question.Entry} got {o.Intent}/{o.TopEntry} {(o.Answered ? "ANSWERED" : "asked")} {o.Confidence:0.00} top3 {(o.InTop3 ? "in" : "OUT")} | {o.Question.Question}"));
                }
            }
        }

        void Row(SetReport s)
        {
            output.WriteLine(string.Create(c,
                $"{s.Name,-24} {s.Count,4}  {P(s.IntentAccuracy)}  {P(s.EntryAccuracy)}  {P(s.Top3Recall)}  {P(s.ConfidentlyWrong)}    ({P(s.ConfidentlyWrongEntry)})  {P(s.Coverage)} |       {P(s.BaselineIntentAccuracy)}  {P(s.BaselineEntryAccuracy)}  {P(s.BaselineTop3Recall)}"));
        }

        static string P(double v) => double.IsNaN(v) ? "    – " : v.ToString("P1", CultureInfo.InvariantCulture).PadLeft(6);
    }

    /// <summary>A set's intent, entry and top-3 rates, confidently wrong and margin over BM25, each with its 95% interval.</summary>
    public static string IntervalLine(SetReport set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var c = CultureInfo.InvariantCulture;
        var o = set.Outcomes;
        string Rate(string name, Func<QuestionOutcome, bool> right)
        {
            var k = o.Count(right);
            var (low, high) = Intervals.Wilson(k, o.Count);
            return string.Create(c, $"{name} {(double)k / o.Count * 100:0.0}% [{low * 100:0.0}, {high * 100:0.0}]");
        }

        var margin = set.IntentAccuracy - set.BaselineIntentAccuracy;
        var (ml, mh) = Intervals.PairedBootstrapDifference(o.Select(x => x.IntentRight).ToArray(), o.Select(x => x.BaselineIntentRight).ToArray());
        var parts = new List<string> { Rate("intent", x => x.IntentRight) };
        if (set.HasEntries)
        {
            parts.Add(Rate("entry", x => x.EntryRight));
            parts.Add(Rate("top-3", x => x.InTop3));
        }

        parts.Add(Rate("confidently wrong", x => x.ConfidentlyWrong));
        parts.Add(string.Create(c, $"margin {margin * 100:0.0} points [{ml * 100:0.0}, {mh * 100:0.0}]"));
        return string.Create(c, $"  {set.Name,-22} {set.Count,4}  ") + string.Join("  ", parts);
    }

    /// <summary>
    /// One line per question of the sets that were tuned on (never the frozen test half): set, id, the
    /// intent and entry reported, answered or asked, confidence, the entries shown. Two runs diffed show
    /// whether a change moved any prediction.
    /// </summary>
    public void WriteOutcomes(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // Not a batch not yet learned from either (it wrote them until 2026-12-08): its predictions are as unseen as its misses.
        foreach (var set in SetReports.Where(s => IsTunedOn(s.Name)))
        {
            foreach (var o in set.Outcomes)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{set.Name}\t{o.Question.Id}\t{o.Intent}\t{o.TopEntry}\t{(o.Answered ? "answered" : "asked")}\t{o.Confidence:0.000}\t{string.Join(',', o.Shown)}"));
            }
        }
    }

    /// <summary>Refits the blend and the threshold on held-out data (never the frozen test half) and prints them.</summary>
    public static void WriteFit(TextWriter output, Answerer answerer, string evalFolder, int folds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(answerer);
        var cv = Evaluation.CrossValidation.Run(answerer.Knowledge, folds, answerer.Options.Blend);
        var dev = Sets.Where(s => IsTunedOn(s.Name))
            .Select(s => Path.Combine(evalFolder, s.File))
            .Where(File.Exists)
            .Select(f => EvaluationSetReader.Read(f))
            .ToArray();
        var fit = BlendFitting.Fit(OutOfFold.Build(answerer, folds), cv, dev);
        var w = fit.Weights;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fitted on {fit.Questions} held-out questions: new BlendWeights({w.LogProbability:0.###}, {w.Cosine:0.###}, {w.Bm25:0.###}, {w.KindMatch:0.###}, {w.DefinitionMismatch:0.###}, {w.IntentMass:0.###}, {w.Prior:0.###}, {w.HiddenLayer:0.###}); threshold {fit.Threshold:0.###}"));
    }
}
