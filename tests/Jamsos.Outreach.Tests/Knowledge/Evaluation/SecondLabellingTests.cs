using Jamsos.Outreach.Knowledge.Evaluation;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Evaluation;

/// <summary>
/// How far the labels can be trusted: a second, independent labelling (2026-12-07, three new labellers who saw
/// only the question, the intent table and the entry list, the questions of the frozen half and of corpus dev 16
/// and 17 shuffled together under opaque ids, no engine output) agrees with the sets' labels. Its file,
/// <c>Fixtures/eval/agreement/second_labels.tsv</c>, is read here only: nothing is tuned on it, and the frozen
/// half's labels stay as they are (their hash is pinned). The floors sit just under the agreement measured
/// (README, "Quality and speed"), so a careless relabelling of a set fails here.
/// </summary>
public sealed class SecondLabellingTests
{
    private static string EvalFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "eval", .. parts]);

    [Theory]
    [InlineData(EvaluationReport.FrozenTestSet, "corpus_test.tsv", 0.99, 0.97)]
    [InlineData("corpus dev 16", "corpus_dev16.tsv", 0.96, 0.95)]
    [InlineData("corpus dev 17", "corpus_dev17.tsv", 0.98, 0.97)]
    public void SecondLabelling_AgreesWithTheSetsLabels(string set, string file, double intentFloor, double entryFloor)
    {
        var labels = EvaluationSetReader.Read(EvalFile(file)).ToDictionary(q => q.Id, StringComparer.Ordinal);
        var second = SecondLabels().Where(r => r.Set == set).ToList();

        Assert.Equal(labels.Count, second.Count);
        var intent = second.Count(r => labels[r.Id].Intent == r.Intent || labels[r.Id].IsRightEntry(r.Entry));
        var entry = second.Count(r => labels[r.Id].Entry is not null && r.Entries.Any(labels[r.Id].IsRightEntry));
        Assert.True(intent >= intentFloor * second.Count, $"{set}: intent agreement {intent} of {second.Count}");
        Assert.True(entry >= entryFloor * second.Count, $"{set}: entry agreement {entry} of {second.Count}");
    }

    [Fact]
    public void SecondLabels_NameOnlyQuestionsOfTheirSets_EachOnce()
    {
        var rows = SecondLabels();
        var sets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EvaluationReport.FrozenTestSet] = "corpus_test.tsv",
            ["corpus dev 16"] = "corpus_dev16.tsv",
            ["corpus dev 17"] = "corpus_dev17.tsv",
        };

        Assert.All(rows, r => Assert.Contains(r.Set, sets.Keys));
        Assert.Equal(rows.Count, rows.Select(r => (r.Set, r.Id)).Distinct().Count());
        foreach (var (set, file) in sets)
        {
            var ids = EvaluationSetReader.Read(EvalFile(file)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(rows.Where(r => r.Set == set), r => Assert.Contains(r.Id, ids));
        }
    }

    private static List<SecondLabel> SecondLabels() =>
        File.ReadAllLines(EvalFile("agreement", "second_labels.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new SecondLabel(f[0], f[1], f[2], f[3], f[4].Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    private sealed record SecondLabel(string Set, string Id, string Intent, string Entry, string[] Also)
    {
        public IEnumerable<string> Entries => Also.Prepend(Entry).Where(e => e.Length > 0);
    }
}
