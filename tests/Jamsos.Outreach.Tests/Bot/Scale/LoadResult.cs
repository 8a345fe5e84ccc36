using System.Globalization;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>One load's figures.</summary>
internal sealed record LoadResult(int Count, TimeSpan Elapsed, double PerSecond, TimeSpan P50, TimeSpan P99)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} updates in {Elapsed.TotalSeconds:0.0} s = {PerSecond:0} answered/s; latency POST→sendMessage p50 {P50.TotalMilliseconds:0} ms, p99 {P99.TotalMilliseconds:0} ms");
}
