using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>
/// The quality bar: intent accuracy on ../shared/eval/dev_questions.tsv (id, question, intent, language;
/// tab-separated, with a header). Run with
/// <c>dotnet test --filter DevSet --logger "console;verbosity=detailed"</c> to see the figure and the misses.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class DevSetQualityTests
{
    private const string DevSetPath = "eval/dev_questions.tsv";
    private const double RequiredAccuracy = 0.90;

    private readonly Answerer answerer;
    private readonly ITestOutputHelper output;

    public DevSetQualityTests(KnowledgeFixture fixture, ITestOutputHelper output)
    {
        answerer = fixture.Answerer;
        this.output = output;
    }

    [Fact]
    public void Answer_DevSet_IntentAccuracyAtLeast90Percent()
    {
        var rows = ReadDevSet();

        var misses = new List<string>();
        foreach (var (id, question, intent) in rows)
        {
            var result = answerer.Answer(question, KnowledgeFixture.Today);
            if (result.Intent != intent)
            {
                misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{id}\texpected {intent}\tgot {result.Intent} ({result.EntryId ?? "no entry"}, confidence {result.Confidence:0.000})\t{question}"));
            }
        }

        var accuracy = (double)(rows.Count - misses.Count) / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev-set intent accuracy: {accuracy:P1} ({rows.Count - misses.Count}/{rows.Count}) on {KnowledgeFixture.Today:yyyy-MM-dd}"));
        foreach (var miss in misses)
        {
            output.WriteLine("miss\t" + miss);
        }

        Assert.True(accuracy >= RequiredAccuracy, string.Create(CultureInfo.InvariantCulture,
            $"dev-set intent accuracy {accuracy:P1} is below {RequiredAccuracy:P0}; {misses.Count} miss(es):\n{string.Join("\n", misses)}"));
    }

    private List<(string Id, string Question, string Intent)> ReadDevSet()
    {
        // ../shared is the source of truth; the copy under Fixtures/ (copied to the output folder) keeps the
        // test running from a checkout that has no shared/ beside it.
        var bundled = Path.Combine(AppContext.BaseDirectory, "Fixtures", DevSetPath);
        var path = SharedFolder.Find(DevSetPath, out var searched) ?? (File.Exists(bundled) ? bundled : null);
        Assert.True(path is not null,
            $"shared/{DevSetPath} not found (the dev set lives in ../shared next to the repository). " +
            $"Set {SharedFolder.EnvironmentVariable} to the shared folder. Looked at:\n" + string.Join("\n", searched.Append(bundled)));
        output.WriteLine("dev set: " + path);

        var lines = File.ReadAllLines(path!);
        var header = lines[0].Split('\t');
        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            Assert.True(index >= 0, $"{path} has no '{name}' column (header: {lines[0]})");
            return index;
        }

        var (idColumn, questionColumn, intentColumn) = (Column("id"), Column("question"), Column("intent"));
        var rows = lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => (c[idColumn], c[questionColumn], c[intentColumn]))
            .ToList();
        Assert.True(rows.Count > 0, $"{path} has no questions");
        return rows;
    }
}
