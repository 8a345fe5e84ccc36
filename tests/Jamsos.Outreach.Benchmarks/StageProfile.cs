using System.Diagnostics;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Where an answer's time goes: the median of each stage of the pipeline on its own, per benchmark question
/// (<c>-- stages</c>). Stages overlap (scoring includes reading the discourse, ranking includes scoring), so
/// they do not add up to the answer; they show which part a long message spends its time in. For a
/// profiler, <c>-- stages loop</c> answers the long message 20,000 times and prints nothing
/// (<c>DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 perf record …</c>).
/// </summary>
internal static class StageProfile
{
    private const int Warmup = 300;
    private const int Samples = 401;

    public static int Run(IReadOnlyList<string> args)
    {
        var answerer = new Answerer(ContentLoader.Load(BenchmarkContent.Root()));
        if (args.Count > 0 && args[0] == "loop")
        {
            var text = Questions.All[^1].Text;
            for (var i = 0; i < 20_000; i++)
            {
                answerer.Answer(text, BenchmarkContent.Date, null);
            }

            return 0;
        }

        Console.WriteLine("Median µs per stage (each stage timed on its own; stages overlap, see StageProfile)");
        foreach (var question in Questions.All)
        {
            var text = question.Text;
            var stages = new (string Name, Action Run)[]
            {
                ("analyze", () => Analyzer.Analyze(text)),
                ("abuse", () => AbuseDetector.IsAbuse(text)),
                ("crisis", () => CrisisDetector.Detect(text)),
                ("discourse", () => Discourse.Read(text, answerer.Corrector)),
                ("models", () => answerer.Scorer.Classifier.PredictAll(Discourse.Read(text, answerer.Corrector))),
                ("retriever", () =>
                {
                    var view = Discourse.Read(text, answerer.Corrector);
                    var words = Analyzer.ContentWords(view.AllTokens.ToList(), answerer.Corrector);
                    foreach (var index in answerer.Scorer.Indexes)
                    {
                        index.Score(words.ConvertAll(w => Analyzer.Stem(w, index.Language)));
                    }
                }),
                ("rank", () => answerer.Ranking(text)),
                ("answer", () => answerer.Answer(text, BenchmarkContent.Date, null)),
            };
            var line = string.Create(CultureInfo.InvariantCulture, $"{question.Name,-22}");
            foreach (var (name, run) in stages)
            {
                line += string.Create(CultureInfo.InvariantCulture, $" {name}={Median(run):F0}");
            }

            Console.WriteLine(line);
        }

        return 0;
    }

    private static double Median(Action run)
    {
        for (var i = 0; i < Warmup; i++)
        {
            run();
        }

        var samples = new double[Samples];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples[Samples / 2];
    }
}
