namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// A message after normalising: canonical surface tokens (phrases joined, slang mapped, amounts replaced
/// by <see cref="Analyzer.AmountToken"/>), the amounts found, and the normalised text for phrase checks.
/// </summary>
public sealed record AnalyzedText(IReadOnlyList<string> Tokens, IReadOnlyList<decimal> Amounts, string Normalized)
{
    public bool IsEmpty => Tokens.Count == 0;
}
