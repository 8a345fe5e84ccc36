namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>The income band table with its provenance (one source for all 33 rows).</summary>
public sealed record BandTable(
    IReadOnlyList<IncomeBand> Bands,
    string Source,
    string Url,
    DateOnly Checked,
    Confidence Confidence)
{
    public IncomeBand Lowest => Bands[0];

    public IncomeBand Highest => Bands[^1];

    /// <summary>The band a declared monthly income falls in; negative incomes are treated as zero.</summary>
    public IncomeBand For(decimal monthlyIncome)
    {
        var lo = 0;
        var hi = Bands.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Bands[mid].From <= monthlyIncome)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Bands[lo];
    }

    /// <summary>The highest income still in <paramref name="band"/>, or null for the open top band.</summary>
    public decimal? UpperBound(IncomeBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var index = band.Number - 1;
        return index + 1 < Bands.Count ? Bands[index + 1].From - 1 : null;
    }
}
