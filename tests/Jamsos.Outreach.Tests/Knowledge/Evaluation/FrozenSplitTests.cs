using System.Security.Cryptography;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Evaluation;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Evaluation;

/// <summary>
/// The frozen test half of the corpus must not drift: a figure on it counts only while nothing was tuned
/// on it. A change to the file (a "fixed label", a dropped question) changes the hash and fails here,
/// and a test question pasted into the content's variants (measuring memory, not understanding) fails too.
/// </summary>
public sealed class FrozenSplitTests
{
    private const string FrozenSha256 = "231a6a94747d8e1bbc84a8a9ac03bd80233c4acb0228af85cf521fd77d8047ef";

    private static readonly string[] CorpusFiles = ["corpus_test.tsv", "corpus_dev.tsv"];

    // The sets whose questions may train the ranker (content/asked/); their figures are measured out-of-fold.
    private static readonly string[] DevelopmentFiles = ["corpus_dev.tsv", "holdout_questions.tsv", "dev_questions.tsv", "corpus_dev2.tsv", "corpus_dev3.tsv", "corpus_dev4.tsv", "corpus_dev5.tsv", "corpus_dev6.tsv", "corpus_dev7.tsv", "corpus_dev8.tsv", "corpus_dev9.tsv", "corpus_dev10.tsv", "corpus_dev11.tsv", "corpus_dev12.tsv", "corpus_dev13.tsv", "corpus_dev14.tsv", "corpus_dev15.tsv", "corpus_dev16.tsv", "corpus_dev17.tsv", "corpus_dev18.tsv", "corpus_dev19.tsv", "corpus_dev20.tsv", "corpus_dev21.tsv", "corpus_dev22.tsv", "corpus_dev23.tsv", "corpus_dev24.tsv", "corpus_dev25.tsv", "corpus_dev26.tsv", "corpus_dev27.tsv"];

    private static string Key(string text) => string.Join(' ', Jamsos.Outreach.Knowledge.Text.TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string EvalFile(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "eval", name);

    [Fact]
    public void CorpusTest_File_HashIsPinned()
    {
        var bytes = File.ReadAllBytes(EvalFile("corpus_test.tsv"));

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.Equal(FrozenSha256, hash);
    }

    [Fact]
    public void CorpusHalves_Questions_DoNotOverlap()
    {
        var test = EvaluationSetReader.Read(EvalFile("corpus_test.tsv")).Select(q => q.Question.ToLowerInvariant()).ToHashSet();

        var dev = EvaluationSetReader.Read(EvalFile("corpus_dev.tsv")).Select(q => q.Question.ToLowerInvariant());

        Assert.DoesNotContain(dev, test.Contains);
    }

    [Fact]
    public void Content_QuestionVariants_NeverCopyATestQuestion()
    {
        var variants = ContentLoader.Load(ContentLocator.Locate()).Entries.SelectMany(e => e.Questions).Select(Key).ToHashSet(StringComparer.Ordinal);

        var copied = EvaluationSetReader.Read(EvalFile("corpus_test.tsv")).Where(q => variants.Contains(Key(q.Question))).Select(q => q.Id);

        Assert.Empty(copied);
    }

    [Fact]
    public void Content_AskedQuestions_NeverCopyATestQuestion()
    {
        var asked = ContentLoader.Load(ContentLocator.Locate()).Asked.Select(a => Key(a.Question)).ToHashSet(StringComparer.Ordinal);

        var copied = EvaluationSetReader.Read(EvalFile("corpus_test.tsv")).Where(q => asked.Contains(Key(q.Question))).Select(q => q.Id);

        Assert.Empty(copied);
    }

    [Fact]
    public void Content_AskedQuestions_NeverCopyABatchNotYetLearned()
    {
        var asked = ContentLoader.Load(ContentLocator.Locate()).Asked.Select(a => Key(a.Question)).ToHashSet(StringComparer.Ordinal);
        var files = EvaluationReport.Sets.Where(s => EvaluationReport.NotYetLearned.Contains(s.Name)).Select(s => s.File).ToArray();

        var copied = files.SelectMany(f => EvaluationSetReader.Read(EvalFile(f))).Where(q => asked.Contains(Key(q.Question))).Select(q => q.Id);

        Assert.Equal(EvaluationReport.NotYetLearned.Count, files.Length);
        Assert.Empty(copied);
    }

    [Theory]
    [InlineData(EvaluationReport.FrozenTestSet, false)]
    [InlineData("corpus dev 15", true)]
    [InlineData("corpus dev 16", true)]
    [InlineData("corpus dev 17", true)]
    [InlineData("corpus dev 18", true)]
    [InlineData("corpus dev 19", true)]
    [InlineData("corpus dev 20", true)]
    [InlineData("corpus dev 21", true)]
    [InlineData("corpus dev 22", true)]
    [InlineData("corpus dev 23", true)]
    [InlineData("corpus dev 24", true)]
    [InlineData("corpus dev 25", true)]
    [InlineData("corpus dev 26", true)]
    [InlineData("corpus dev 27", true)]
    [InlineData("corpus dev 28", false)]
    [InlineData("corpus dev 29", false)]
    [InlineData("corpus dev 14", true)]
    [InlineData("corpus dev", true)]
    public void IsTunedOn_FrozenHalfAndBatchesNotYetLearned_AreNot(string set, bool tuned) =>
        Assert.Equal(tuned, EvaluationReport.IsTunedOn(set));

    [Fact]
    public void Content_AskedQuestions_ComeOnlyFromTheDevelopmentSets()
    {
        var development = DevelopmentFiles.SelectMany(f => EvaluationSetReader.Read(EvalFile(f))).Select(q => Key(q.Question)).ToHashSet(StringComparer.Ordinal);

        var strangers = ContentLoader.Load(ContentLocator.Locate()).Asked.Where(a => !development.Contains(Key(a.Question))).Select(a => a.Question);

        Assert.Empty(strangers);
    }

    [Fact]
    public void Corpus_Together_HasAtLeast400LabelledQuestionsWithSources()
    {
        var all = CorpusFiles.SelectMany(f => File.ReadAllLines(EvalFile(f)).Skip(1)).Where(l => l.Length > 0).ToArray();

        var complete = all.Count(l => l.Split('\t') is [_, _, var intent, var entry, _, _, _, var source] && intent.Length > 0 && entry.Length > 0 && source.StartsWith("http", StringComparison.Ordinal));

        Assert.True(complete >= 400 && complete == all.Length, $"{complete} of {all.Length} rows are complete");
    }
}
