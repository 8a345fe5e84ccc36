using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// Fits the blend and chooses the answer threshold on held-out data only: the cross-validated content
/// variants and the development half of the corpus (never the frozen test half). The threshold is the
/// lowest probability at which, on that data, answers given without asking back are wrong in intent
/// for at most <see cref="TargetConfidentlyWrong"/> of all questions.
/// </summary>
public static class BlendFitting
{
    public const double TargetConfidentlyWrong = 0.03;

    public static BlendFit Fit(OutOfFold engines, CrossValidationResult crossValidation, IReadOnlyList<LabelledQuestion> development)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(crossValidation);
        ArgumentNullException.ThrowIfNull(development);
        var data = new List<(CandidateSignals[] Candidates, int Right)>();
        var intents = new List<(string[] CandidateIntents, string Right)>();
        foreach (var h in crossValidation.Held)
        {
            data.Add((h.Signals, h.Right));
            intents.Add((h.Candidates.Select(c => c.Intent).ToArray(), h.Entry.Intent));
        }

        // The development questions are weighed three times: they are the real phrasing the variants only
        // imitate. Each is scored by an engine that did not train on it (out-of-fold).
        foreach (var q in development.Where(q => q.Entry is not null && engines.Full.Scorer.ClassOf(q.Entry) >= 0))
        {
            var answerer = engines.For(q.Question);
            var scorer = answerer.Scorer;
            var signals = scorer.Score(SpecialIntents.WithoutGreeting(Discourse.Read(q.Question, answerer.Corrector)));
            for (var copy = 0; copy < 3; copy++)
            {
                data.Add((signals, scorer.ClassOf(q.Entry!)));
                intents.Add((scorer.Entries.Select(e => e.Intent).ToArray(), q.Intent));
            }
        }

        var weights = BlendWeights.Fit(data, BlendWeights.Default);
        var scored = data.Select((d, i) =>
        {
            var p = weights.Probabilities(d.Candidates);
            var best = Array.IndexOf(p, p.Max());
            return (Probability: p[best], IntentRight: intents[i].CandidateIntents[best] == intents[i].Right);
        }).OrderByDescending(s => s.Probability).ToArray();

        // Walk down the probabilities: the threshold is the lowest that keeps confidently-wrong under target.
        var threshold = 1.0;
        var wrong = 0;
        for (var i = 0; i < scored.Length; i++)
        {
            wrong += scored[i].IntentRight ? 0 : 1;
            if ((double)wrong / scored.Length > TargetConfidentlyWrong)
            {
                break;
            }

            threshold = scored[i].Probability;
        }

        return new BlendFit(weights, threshold, data.Count);
    }
}

/// <summary>Fitted blend weights and threshold, with how many held-out questions they came from.</summary>
public sealed record BlendFit(BlendWeights Weights, double Threshold, int Questions);
