using BenchmarkDotNet.Running;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Runs the benchmarks picked on the command line (<c>--filter '*'</c> for all of them). BenchmarkDotNet
/// runs every benchmark in a generated child project under bin/, so the content folder is found here,
/// from the repository, and handed down through <see cref="BenchmarkContent.Variable"/>.
/// <c>latency [rounds]</c> instead times single calls (<see cref="PerCallLatency"/>); <c>startup [runs]</c> times
/// fresh processes to ready and their working set (<see cref="StartupCost"/>); <c>stages</c> shows where an answer's time
/// goes (<see cref="StageProfile"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var content = ContentLocator.Locate(Environment.GetEnvironmentVariable(BenchmarkContent.Variable));
        Environment.SetEnvironmentVariable(BenchmarkContent.Variable, content);
        if (args.Length > 0 && args[0] == "latency")
        {
            return PerCallLatency.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            return StageProfile.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "startup")
        {
            return StartupCost.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "startup-once")
        {
            return StartupCost.Once();
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
