namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// How the ranker's signals combine: a conditional-logit model, score(e) = Σ wᵢ·signalᵢ(e), and the
/// probability of an entry is the softmax of the scores over all entries. The weights are fitted by
/// maximum likelihood on held-out data (cross-validated content variants and the development half
/// of the corpus: <c>dotnet run --project bot -- evaluate --fit</c>), never on the frozen test half, and
/// copied here; the softmax of a likelihood-fitted model is the calibrated confidence.
/// Signals: the classifier's log-probability of the entry, the intent model's log-probability of the entry's
/// intent (<c>IntentMass</c>: the right topic carries its entries), the best variant cosine, BM25F, kind match, definition mismatch, and
/// the entry's base rate among the questions people asked (<c>Prior</c>), and the hidden-layer network's log-probability
/// of the entry (<c>HiddenLayer</c>).
/// </summary>
public sealed record BlendWeights(double LogProbability, double Cosine, double Bm25, double KindMatch, double DefinitionMismatch, double IntentMass = 0, double Prior = 0, double HiddenLayer = 0)
{
    /// <summary>Fitted 2026-12-08 on 18,574 held-out questions (development sets held out by whole batch), after corpus dev 27 was learned, with five training epochs, three bagged models, asked questions counted once, regional Malay words, the intent model and three hidden-layer networks (see the type's summary); regenerate after large content changes.</summary>
    public static readonly BlendWeights Default = new(0.274, 1.809, 1.085, -0.102, 0.039, 0.192, -0.2, 0.632);

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

    internal double Score(in CandidateSignals s) =>
        (LogProbability * s.LogProbability) + (Cosine * s.Cosine) + (Bm25 * s.Bm25) + (KindMatch * s.KindMatch) + (DefinitionMismatch * s.DefinitionMismatch)
        + (IntentMass * s.IntentMass) + (Prior * s.Prior) + (HiddenLayer * s.HiddenLayer);

    /// <summary>The probability of every candidate (softmax of the blended scores).</summary>
    internal double[] Probabilities(CandidateSignals[] candidates)
    {
        var p = new double[candidates.Length];
        var max = double.NegativeInfinity;
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Score(candidates[i]);
            max = Math.Max(max, p[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(p[i] - max);
            sum += p[i];
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }

    /// <summary>
    /// Maximum-likelihood weights for questions whose right candidate is known: gradient ascent on the
    /// (convex) conditional-logit log-likelihood with a little L2, from <paramref name="start"/>.
    /// </summary>
    internal static BlendWeights Fit(IReadOnlyList<(CandidateSignals[] Candidates, int Right)> data, BlendWeights start, int iterations = 400, double rate = 0.5, double l2 = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(data);
        var w = Enumerable.Range(0, CandidateSignals.Count).Select(i => start[i]).ToArray();
        var g2 = new double[w.Length];
        for (var it = 0; it < iterations; it++)
        {
            var gradient = new double[w.Length];
            foreach (var (candidates, right) in data)
            {
                var current = new BlendWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
                var p = current.Probabilities(candidates);
                for (var k = 0; k < w.Length; k++)
                {
                    var expected = 0.0;
                    for (var c = 0; c < candidates.Length; c++)
                    {
                        expected += p[c] * candidates[c][k];
                    }

                    gradient[k] += candidates[right][k] - expected;
                }
            }

            for (var k = 0; k < w.Length; k++)
            {
                var g = (gradient[k] / data.Count) - (l2 * w[k]);
                g2[k] += g * g;
                w[k] += rate * g / (Math.Sqrt(g2[k]) + 1e-8);
            }
        }

        return new BlendWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }
}
