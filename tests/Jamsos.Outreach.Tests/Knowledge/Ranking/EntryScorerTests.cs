using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Ranking;

/// <summary>
/// The ranker's signals beside the classifier's own probability: the probability of the entry's whole
/// intent, and how often people asked for the entry (a base rate from the asked questions).
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class EntryScorerTests(KnowledgeFixture knowledge)
{
    private CandidateSignals[] Signals(string question)
    {
        var scorer = knowledge.Answerer.Scorer;
        return scorer.Score(Discourse.Read(question, scorer.Corrector));
    }

    [Fact]
    public void IntentMass_IsTheIntentModelsProbabilityOfTheEntrysIntent()
    {
        var scorer = knowledge.Answerer.Scorer;
        var signals = Signals("berapa iuran bpjs tk buat ojol sebulan?");

        // One value per intent, shared by its entries; the values are the intent model's distribution.
        var perIntent = scorer.Entries.Select((e, i) => (e.Intent, i)).GroupBy(p => p.Intent)
            .Select(g => g.Select(p => signals[p.i].IntentMass).Distinct().Single()).ToArray();
        Assert.Equal(scorer.Classifier.Intents.Count, perIntent.Length);
        Assert.Equal(1.0, perIntent.Sum(m => Math.Exp(m) - 1e-6), 3); // IntentMass is log(p + 1e-6)

        var contribution = scorer.Entries.Select((e, i) => (e, i)).First(p => p.e.Intent == Intents.ContributionAmount).i;
        var scholarship = scorer.Entries.Select((e, i) => (e, i)).First(p => p.e.Intent == Intents.JkmScholarship).i;
        Assert.True(signals[contribution].IntentMass > signals[scholarship].IntentMass);
    }

    [Fact]
    public void IntentModel_HasEveryRankedIntentOnce()
    {
        var scorer = knowledge.Answerer.Scorer;

        var intents = scorer.Entries.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(intents, scorer.Classifier.Intents);
    }

    [Fact]
    public void CacheKey_ChangesWithAnEntrysIntent()
    {
        var scorer = knowledge.Answerer.Scorer;
        (string, string)[] texts = [("iuran-bpu", "brp iuran"), ("jht-bpu", "jht wajib?")];
        var intents = new Dictionary<string, string> { ["iuran-bpu"] = Intents.ContributionAmount, ["jht-bpu"] = Intents.JhtOptional };
        var moved = new Dictionary<string, string> { ["iuran-bpu"] = Intents.ContributionAmount, ["jht-bpu"] = Intents.EligibilityBpu };

        var key = EntryScorer.CacheKey(texts, 0, intents, scorer.Corrector, new SoftmaxOptions());

        Assert.Equal(key, EntryScorer.CacheKey(texts, 0, new Dictionary<string, string>(intents), scorer.Corrector, new SoftmaxOptions()));
        Assert.NotEqual(key, EntryScorer.CacheKey(texts, 0, moved, scorer.Corrector, new SoftmaxOptions()));
    }

    [Fact]
    public void Prior_IsAProbabilityThatFollowsHowOftenPeopleAsked()
    {
        var scorer = knowledge.Answerer.Scorer;
        var signals = Signals("iuran");
        var asked = knowledge.Knowledge.Asked.GroupBy(a => a.EntryId).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1.0, signals.Sum(s => Math.Exp(s.Prior)), 6);
        var most = scorer.Entries.Select((e, i) => (e, i)).MaxBy(p => asked.GetValueOrDefault(p.e.Id)).i;
        var least = scorer.Entries.Select((e, i) => (e, i)).MinBy(p => asked.GetValueOrDefault(p.e.Id)).i;
        Assert.True(signals[most].Prior > signals[least].Prior);
    }

    [Fact]
    public void Blend_WeighsTheNewSignals()
    {
        var signals = Signals("klaim jht gimana caranya?");
        var without = BlendWeights.Default with { IntentMass = 0, Prior = 0 };

        Assert.NotEqual(without.Probabilities(signals), BlendWeights.Default.Probabilities(signals));
    }
}
