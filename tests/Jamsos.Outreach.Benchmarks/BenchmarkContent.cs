using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>Where the benchmarks find the real content, and the fixed date they answer for.</summary>
internal static class BenchmarkContent
{
    /// <summary>Set by <see cref="Program"/> to the content folder; inherited by the benchmark processes.</summary>
    public const string Variable = "JAMSOS_CONTENT";

    /// <summary>Inside the PP 50/2025 discount window, so dated text and the calculator's discount are exercised.</summary>
    public static readonly DateOnly Date = new(2026, 11, 21);

    /// <summary>The folder named by <see cref="Variable"/>, else the nearest <c>content/</c> found by <see cref="ContentLocator"/>.</summary>
    public static string Root() => ContentLocator.Locate(Environment.GetEnvironmentVariable(Variable));
}
