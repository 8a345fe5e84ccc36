using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Adds Median, P95 and P99 to the default columns (Mean, Error, StdDev) and the allocation columns.
/// The job (how many iterations) is left to the command line.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99));
        AddDiagnoser(MemoryDiagnoser.Default);
        // Room for the question names in the Arguments column.
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }
}
