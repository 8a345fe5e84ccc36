using System.Diagnostics;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// What a fresh bot process pays before it can answer: content load plus training the ranker, timed in
/// new processes (JIT, file reads and all), and the working set once the engine is built. BenchmarkDotNet
/// measures warm repetitions; a restart is a cold one. Run it as <c>-- startup [runs]</c>: each run is a
/// child process (<c>startup-once</c>); medians are printed. Targets: under 1.5 s and under 150 MB.
/// </summary>
internal static class StartupCost
{
    public static int Run(IReadOnlyList<string> args)
    {
        var runs = args.Count > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 7;
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var assembly = typeof(StartupCost).Assembly.Location;
        var samples = new List<(double Load, double Train, double FromStart, double WorkingSet, double Cached)>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(assembly);
            }

            start.ArgumentList.Add("startup-once");
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            var parts = line.Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            samples.Add((parts[0], parts[1], parts[2], parts[3], parts[4]));
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted[sorted.Length / 2];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fresh process, median of {runs}: content load {Median(samples.Select(s => s.Load)):F0} ms + ranker training {Median(samples.Select(s => s.Train)):F0} ms; " +
            $"process start to ready {Median(samples.Select(s => s.FromStart)):F0} ms; working set after load {Median(samples.Select(s => s.WorkingSet)):F0} MB; " +
            $"ranker loaded from its cache in {samples.Count(s => s.Cached > 0)} of {runs} runs ({RankerCache.EnvironmentVariable}=off: always trained). Targets: load+training < 1500 ms, < 150 MB."));
        return 0;
    }

    /// <summary>One cold start in this process: prints load ms, training ms, ms since process start, working set MB, 1 when the ranker came from its cache.</summary>
    public static int Once()
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var clock = Stopwatch.StartNew();
        var knowledge = ContentLoader.Load(BenchmarkContent.Root());
        var load = clock.Elapsed.TotalMilliseconds;
        var answerer = new Answerer(knowledge);
        var train = clock.Elapsed.TotalMilliseconds - load;
        var fromStart = (DateTime.UtcNow - started).TotalMilliseconds;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _ = answerer.Answer("brp iuran bpjs tk buat ojol?", BenchmarkContent.Date, null);
        var workingSet = Environment.WorkingSet / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load:F1} {train:F1} {fromStart:F1} {workingSet:F1} {(answerer.RankerFromCache ? 1 : 0)}"));
        return 0;
    }
}
