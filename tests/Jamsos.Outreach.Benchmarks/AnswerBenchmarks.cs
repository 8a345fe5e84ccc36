using BenchmarkDotNet.Attributes;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Answer latency over the real content, one answer engine built once: per question (<see cref="Answer"/>)
/// and across the whole mix (<see cref="AnswerMixedBatch"/>, reported per question).
/// Targets: median under 100 µs, p99 under 1 ms.
/// </summary>
[Config(typeof(LatencyConfig))]
public class AnswerBenchmarks
{
    private Answerer answerer = null!;

    public static IEnumerable<QuestionCase> QuestionCases() => Questions.All;

    [GlobalSetup]
    public void Setup()
    {
        if (Questions.All.Length != Questions.Count)
        {
            throw new InvalidOperationException($"Questions.Count is {Questions.Count} but there are {Questions.All.Length} questions.");
        }

        answerer = new Answerer(ContentLoader.Load(BenchmarkContent.Root()));
    }

    [Benchmark]
    [ArgumentsSource(nameof(QuestionCases))]
    public AnswerResult Answer(QuestionCase question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return answerer.Answer(question.Text, BenchmarkContent.Date, null);
    }

    /// <summary>Every question once per invocation; the figures are per question, averaged over the mix.</summary>
    [Benchmark(OperationsPerInvoke = Questions.Count)]
    public int AnswerMixedBatch()
    {
        var characters = 0;
        foreach (var question in Questions.All)
        {
            characters += answerer.Answer(question.Text, BenchmarkContent.Date, null).Text.Length;
        }

        return characters;
    }
}
