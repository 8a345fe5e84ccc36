using System.Diagnostics;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Per-call answer latency percentiles, which BenchmarkDotNet cannot give: it times iterations of many
/// calls, and with one call per iteration (<c>--invocationCount 1</c>) its own bookkeeping between
/// iterations makes single calls several times slower than in a running bot. Here every call is timed
/// on its own with <see cref="Stopwatch"/>, the questions interleaved in a changing order (as a bot sees
/// them), GC pauses included. Not a BenchmarkDotNet benchmark: run it as <c>-- latency [rounds]</c>.
/// </summary>
internal static class PerCallLatency
{
    private const int WarmupRounds = 1000;

    public static int Run(IReadOnlyList<string> args)
    {
        var rounds = args.Count > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 2000;
        var answerer = new Answerer(ContentLoader.Load(BenchmarkContent.Root()));
        var questions = Questions.All;

        // Let tiered JIT and dynamic PGO settle before anything is timed.
        for (var round = 0; round < WarmupRounds; round++)
        {
            foreach (var question in questions)
            {
                answerer.Answer(question.Text, BenchmarkContent.Date, null);
            }
        }

        var perQuestion = questions.Select(_ => new List<double>(rounds)).ToArray();
        var all = new List<double>(rounds * questions.Length);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        for (var round = 0; round < rounds; round++)
        {
            for (var step = 0; step < questions.Length; step++)
            {
                // A different order each round without a random generator: 5 is coprime with 12.
                var index = ((step * 5) + round) % questions.Length;
                var start = Stopwatch.GetTimestamp();
                answerer.Answer(questions[index].Text, BenchmarkContent.Date, null);
                var microseconds = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                perQuestion[index].Add(microseconds);
                all.Add(microseconds);
            }
        }

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"Per-call answer latency, µs ({rounds} rounds of {questions.Length} questions, after {WarmupRounds} warm-up rounds)"));
        Console.WriteLine(string.Create(culture, $"{"question",-22} {"p50",9} {"p95",9} {"p99",9} {"max",9}"));
        for (var i = 0; i < questions.Length; i++)
        {
            Console.WriteLine(Row(questions[i].Name, perQuestion[i]));
        }

        Console.WriteLine(Row("ALL (the mix)", all));
        Console.WriteLine(string.Create(culture, $"GC during the timed rounds: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2. Targets: p50 < 100 µs, p99 < 1000 µs."));
        return 0;
    }

    private static string Row(string name, List<double> samples)
    {
        samples.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{name,-22} {Percentile(samples, 50),9:F1} {Percentile(samples, 95),9:F1} {Percentile(samples, 99),9:F1} {samples[^1],9:F1}");
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    private static double Percentile(List<double> sorted, int percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
