namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// How far a figure on a small set can be trusted: at 214 questions one question is half a point, so a target
/// missed or met by one question says little. 95% intervals: Wilson's score interval for a rate, and a paired
/// bootstrap (the same questions resampled for the engine and the baseline, a fixed seed, so deterministic) for the
/// engine's margin over BM25.
/// </summary>
public static class Intervals
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Wilson's 95% score interval for <paramref name="successes"/> of <paramref name="count"/>.</summary>
    public static (double Low, double High) Wilson(int successes, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, count);
        if (count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var p = (double)successes / count;
        var z2 = Z95 * Z95;
        var denominator = 1 + (z2 / count);
        var centre = (p + (z2 / (2 * count))) / denominator;
        var half = Z95 * Math.Sqrt((p * (1 - p) / count) + (z2 / (4.0 * count * count))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// The 95% percentile interval of mean(a) − mean(b) over <paramref name="resamples"/> paired bootstrap resamples
    /// (question i of a resample is question j of the set for both a and b).
    /// </summary>
    public static (double Low, double High) PairedBootstrapDifference(IReadOnlyList<bool> a, IReadOnlyList<bool> b, int resamples = 10_000, int seed = 20261207)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNotEqual(a.Count, b.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var n = a.Count;
        if (n == 0)
        {
            return (double.NaN, double.NaN);
        }

        // Per question the difference is -1, 0 or 1: resample those.
        var difference = new int[n];
        for (var i = 0; i < n; i++)
        {
            difference[i] = (a[i] ? 1 : 0) - (b[i] ? 1 : 0);
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += difference[random.Next(n)];
            }

            means[r] = (double)sum / n;
        }

        Array.Sort(means);
        return (Percentile(means, 0.025), Percentile(means, 0.975));
    }

    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
