using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Ranking;

/// <summary>
/// The ranker's vocabulary (features of at least two training questions) and the two ways a question
/// becomes features: training numbers its features in one pass, answering looks them up by hash. Both
/// must give the same ids and values bit for bit, or the model would answer from other features than it
/// learned from.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class FeatureVocabularyTests(KnowledgeFixture knowledge)
{
    private static readonly string[] Questions =
    [
        "brp iuran bpjs tk buat ojol sebulan?",
        "berapa iuran bpjs ketenagakerjaan untuk petani?",
        "cara klaim jht lewat jmo gimana",
        "cara klaim jkk setelah kecelakaan kerja",
        "Kula badhe tanglet, iuran BPJS TK kangge tani pinten?",
        "xylofonz qwertyuiop", // features of this question alone: none may enter the vocabulary
    ];

    private List<Dictionary<ulong, (int Group, float Count)>> Hashed() =>
        Questions.Select(q => FeatureExtractor.Hashed(Discourse.Read(q, knowledge.Answerer.Corrector))).ToList();

    [Fact]
    public void Number_KeepsOnlyFeaturesOfAtLeastTwoQuestions_InOrderOfFirstAppearance()
    {
        var hashed = Hashed();

        var (keys, numbered, idOf) = EntryClassifier.Number(hashed);

        var questionsWith = hashed.SelectMany(h => h.Keys).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(keys.Keys, k => Assert.True(questionsWith[k] >= EntryClassifier.MinQuestions));
        Assert.Equal(questionsWith.Count(p => p.Value >= EntryClassifier.MinQuestions), keys.Count);
        var onlyInTheLast = hashed[^1].Keys.Where(k => questionsWith[k] == 1).ToList();
        Assert.NotEmpty(onlyInTheLast);
        Assert.DoesNotContain(onlyInTheLast, keys.ContainsKey);
        Assert.Equal(Enumerable.Range(0, keys.Count), keys.Values.Order());
        var firstSeen = hashed.SelectMany(h => h.Keys).Distinct().Where(keys.ContainsKey).ToList();
        Assert.Equal(firstSeen, keys.OrderBy(p => p.Value).Select(p => p.Key).ToList());
        Assert.Equal(hashed.Select(h => h.Count), numbered.Select(n => n.Length));
        Assert.Equal(keys.Count, idOf.Count(id => id >= 0));
    }

    [Fact]
    public void Extract_TrainingPathAndAnsweringPath_GiveTheSameFeatures()
    {
        var hashed = Hashed();
        var (keys, numbered, idOf) = EntryClassifier.Number(hashed);
        var vocabulary = keys.ToFrozenDictionary();

        for (var q = 0; q < hashed.Count; q++)
        {
            var training = FeatureExtractor.Extract(hashed[q], numbered[q], idOf);
            var answering = FeatureExtractor.Extract(hashed[q], vocabulary);

            Assert.Equal(answering.Ids, training.Ids);
            Assert.Equal(answering.Values, training.Values);
            Assert.True(training.Ids.SequenceEqual(training.Ids.Order()), "ids ascending");
        }

        Assert.DoesNotContain(FeatureExtractor.Extract(hashed[^1], numbered[^1], idOf).Ids, id => !keys.ContainsValue(id));
        Assert.NotEmpty(FeatureExtractor.Extract(hashed[0], numbered[0], idOf).Ids);
    }
}
