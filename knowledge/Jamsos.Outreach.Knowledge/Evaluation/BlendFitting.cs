using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// Fits the blend and chooses the answer threshold on held-out data only: the cross-validated content
/// variants and the development sets (never the frozen test half). The threshold is the lowest
/// probability at which, on that data, answers given without asking back are wrong in intent for at most
/// <see cref="TargetConfidentlyWrong"/> of all questions, and for at most <see cref="TargetPerSet"/> of
/// the questions of every development set on its own: a set of people's own words, harder than the
/// rest, must not hide behind the easy ones in the pooled figure.
/// </summary>
public static class BlendFitting
{
    public const double TargetConfidentlyWrong = 0.03;

    /// <summary>Under the 5% with a margin: a few rules (health insurance, sign-up) answer above the threshold's reach.</summary>
    public const double TargetPerSet = 0.045;

    public static BlendFit Fit(OutOfFold engines, CrossValidationResult crossValidation, IReadOnlyList<IReadOnlyList<LabelledQuestion>> developmentSets)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(crossValidation);
        ArgumentNullException.ThrowIfNull(developmentSets);
        var data = new List<(CandidateSignals[] Candidates, int Right)>();
        var intents = new List<(IReadOnlyList<FaqEntry> Candidates, string Right, IReadOnlyList<string> Also, int Set)>();
        foreach (var h in crossValidation.Held)
        {
            data.Add((h.Signals, h.Right));
            intents.Add((h.Candidates, h.Entry.Intent, [], -1));
        }

        // The development questions are weighed three times: they are the real phrasing the variants only
        // imitate. Each is scored by an engine that did not train on it (out-of-fold).
        for (var set = 0; set < developmentSets.Count; set++)
        {
            foreach (var q in developmentSets[set].Where(q => q.Entry is not null && engines.Full.Scorer.ClassOf(q.Entry) >= 0))
            {
                var answerer = engines.For(q.Question);
                var scorer = answerer.Scorer;
                var signals = scorer.Score(SpecialIntents.WithoutGreeting(Discourse.Read(q.Question, answerer.Corrector)));
                for (var copy = 0; copy < 3; copy++)
                {
                    data.Add((signals, scorer.ClassOf(q.Entry!)));
                    intents.Add((scorer.Entries, q.Intent, q.Also, copy == 0 ? set : -2));
                }
            }
        }

        var weights = BlendWeights.Fit(data, BlendWeights.Default);
        var scored = data.Select((d, i) => Lead(weights.Probabilities(d.Candidates), intents[i].Candidates, intents[i].Right, intents[i].Also)).ToArray();
        var threshold = LowestThreshold(scored, TargetConfidentlyWrong);
        for (var set = 0; set < developmentSets.Count; set++)
        {
            var own = scored.Where((_, i) => intents[i].Set == set).ToArray();
            threshold = Math.Max(threshold, LowestThreshold(own, TargetPerSet));
        }

        return new BlendFit(weights, threshold, data.Count);
    }

    /// <summary>
    /// What the ranker answers: the best entry of the most probable intent, with that entry's probability;
    /// right when the intent is, or when the entry is one the labels call just as good (as <see cref="QuestionOutcome"/> judges).
    /// </summary>
    private static (double Probability, bool IntentRight) Lead(double[] p, IReadOnlyList<FaqEntry> candidates, string right, IReadOnlyList<string> also)
    {
        var mass = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < p.Length; c++)
        {
            mass[candidates[c].Intent] = mass.GetValueOrDefault(candidates[c].Intent) + p[c];
        }

        var intent = mass.MaxBy(m => m.Value).Key;
        var lead = Enumerable.Range(0, p.Length).Where(c => candidates[c].Intent == intent).MaxBy(c => p[c]);
        return (p[lead], intent == right || also.Contains(candidates[lead].Id, StringComparer.Ordinal));
    }

    /// <summary>Walks down the probabilities: the lowest threshold that keeps confidently-wrong under the target.</summary>
    private static double LowestThreshold(IEnumerable<(double Probability, bool IntentRight)> scored, double target)
    {
        var ordered = scored.OrderByDescending(s => s.Probability).ToArray();
        var threshold = 1.0;
        var wrong = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            wrong += ordered[i].IntentRight ? 0 : 1;
            if ((double)wrong / ordered.Length > target)
            {
                break;
            }

            threshold = ordered[i].Probability;
        }

        return threshold;
    }
}

/// <summary>Fitted blend weights and threshold, with how many held-out questions they came from.</summary>
public sealed record BlendFit(BlendWeights Weights, double Threshold, int Questions);
