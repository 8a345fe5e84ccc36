using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The ranking half of the answer pipeline: reads the question (discourse, greeting dropped), scores every
/// entry with the retriever and the learned classifier, blends them into calibrated probabilities and
/// leads with the best entry of the most probable intent. Immutable; safe to share between threads.
/// </summary>
internal sealed class QuestionRanker
{
    private readonly EntryScorer scorer;
    private readonly SpellingCorrector corrector;
    private readonly BlendWeights blend;

    public QuestionRanker(EntryScorer scorer, SpellingCorrector corrector, BlendWeights blend)
    {
        this.scorer = scorer;
        this.corrector = corrector;
        this.blend = blend;
    }

    /// <summary>
    /// Entries by calibrated probability, best first: the learned classifier and the retriever blended
    /// (<see cref="BlendWeights"/>). Greetings are manners, not the question: dropped when something else is left.
    /// </summary>
    public List<(FaqEntry Entry, double Score, double Cosine)> Rank(string question)
    {
        var view = SpecialIntents.WithoutGreeting(Discourse.Read(question, corrector));
        if (!view.AllTokens.Any(t => !StopWords.All.Contains(t)))
        {
            return [];
        }

        var signals = scorer.Score(view);
        var probabilities = blend.Probabilities(signals);
        var ranked = new List<(FaqEntry Entry, double Score, double Cosine)>(signals.Length);
        for (var c = 0; c < signals.Length; c++)
        {
            ranked.Add((scorer.Entries[c], probabilities[c], signals[c].Cosine));
        }

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Entry.Id, b.Entry.Id));

        // The most probable intent is the one with the most probability over all its entries (three
        // middling JKK entries outweigh one JKM entry a little above each); the answer is that intent's
        // best entry, with its own probability as the confidence (a right topic but wrong entry is still wrong).
        var mass = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in ranked)
        {
            mass[r.Entry.Intent] = mass.GetValueOrDefault(r.Entry.Intent) + r.Score;
        }

        var bestIntent = mass.MaxBy(p => p.Value).Key;
        var lead = ranked.FindIndex(r => r.Entry.Intent == bestIntent);
        if (lead > 0)
        {
            var first = ranked[lead];
            ranked.RemoveAt(lead);
            ranked.Insert(0, first);
        }

        return ranked;
    }
}
