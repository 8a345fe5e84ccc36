using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// k-fold cross-validation over the content's own question variants (as <c>rasa test nlu
/// --cross-validation</c> does): variant i of every entry and language goes to fold i mod k; each fold
/// trains the classifier, the retriever and the typo fixer without its variants and ranks them.
/// The titles always stay in training (every entry keeps at least one phrasing).
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(KnowledgeBase knowledge, int folds, BlendWeights weights)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(weights);
        var held = new List<HeldOut>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = knowledge.Entries
                .Select(e => e with { Questions = e.Questions.Where((_, i) => i % folds != fold).ToArray() })
                .ToArray();
            var corrector = Answerer.BuildCorrector(training);
            var scorer = new EntryScorer(training, corrector, knowledge.Asked);
            foreach (var entry in knowledge.Entries.Where(e => EntryScorer.IsRanked(e.Intent)))
            {
                for (var i = fold; i < entry.Questions.Count; i += folds)
                {
                    var signals = scorer.Score(Discourse.Read(entry.Questions[i], corrector));
                    held.Add(new HeldOut(entry, entry.Questions[i], signals, scorer.ClassOf(entry.Id), scorer.Entries));
                }
            }
        }

        return new CrossValidationResult(folds, held, weights);
    }
}

/// <summary>One held-out variant with the signals of every entry for it.</summary>
internal sealed record HeldOut(FaqEntry Entry, string Question, CandidateSignals[] Signals, int Right, IReadOnlyList<FaqEntry> Candidates);

/// <summary>What cross-validation found, under given blend weights.</summary>
public sealed class CrossValidationResult
{
    internal CrossValidationResult(int folds, IReadOnlyList<HeldOut> held, BlendWeights weights)
    {
        Folds = folds;
        Held = held;
        var top = held.Select(h => Top(h, weights)).ToArray();
        Count = held.Count;
        Top3Recall = Count == 0 ? double.NaN : (double)held.Count(h => InTop3(h, weights)) / Count;
        EntryAccuracy = Count == 0 ? double.NaN : (double)top.Count(t => t.Entry.Id == t.Held.Entry.Id) / Count;
        IntentAccuracy = Count == 0 ? double.NaN : (double)top.Count(t => t.Entry.Intent == t.Held.Entry.Intent) / Count;
    }

    public int Folds { get; }

    public int Count { get; }

    public double EntryAccuracy { get; }

    public double IntentAccuracy { get; }

    /// <summary>The held-out variant's entry among the three most probable (the blend's order, before the intent lead).</summary>
    public double Top3Recall { get; }

    internal IReadOnlyList<HeldOut> Held { get; }

    private static bool InTop3(HeldOut held, BlendWeights weights)
    {
        var p = weights.Probabilities(held.Signals);
        var right = p[held.Right];
        var better = 0;
        for (var c = 0; c < p.Length; c++)
        {
            better += p[c] > right ? 1 : 0;
        }

        return better < 3;
    }

    /// <summary>Top candidate and its probability for each held-out variant.</summary>
    internal static (HeldOut Held, FaqEntry Entry, double Probability) Top(HeldOut held, BlendWeights weights)
    {
        var p = weights.Probabilities(held.Signals);
        var best = 0;
        for (var c = 1; c < p.Length; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }

        return (held, held.Candidates[best], p[best]);
    }
}
