using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// A percentile of the measurements, for percentiles BenchmarkDotNet 0.14 has no column for (it ships P0,
/// P25, P50, P67, P80, P85, P90, P95 and P100 only). Like those, it is a percentile of the workload
/// iterations (each the mean of many calls, upper outliers removed unless <c>--outliers DontRemove</c>);
/// it is a per-call percentile only when every iteration is one call (<c>--invocationCount 1</c>).
/// </summary>
public sealed class PercentileColumn : IColumn
{
    private readonly int percentile;

    public PercentileColumn(int percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        this.percentile = percentile;
    }

    public string Id => "Percentile" + percentile.ToString(CultureInfo.InvariantCulture);

    public string ColumnName => "P" + percentile.ToString(CultureInfo.InvariantCulture);

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    // After the built-in percentile columns (P95).
    public int PriorityInCategory => 100;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"Percentile {percentile} of the measured iterations";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        var unit = style.TimeUnit ?? TimeUnit.GetBestTimeUnit(nanoseconds);
        return TimeInterval.FromNanoseconds(nanoseconds)
            .ToString(unit, "N3", style.CultureInfo, new UnitPresentation(style.PrintUnitsInContent, 0, gap: true));
    }

    public override string ToString() => ColumnName;
}
