namespace Jamsos.Outreach.Benchmarks;

/// <summary>One benchmark question; shown by <see cref="Name"/> in the summary table.</summary>
public sealed record QuestionCase(string Name, string Text)
{
    public override string ToString() => Name;
}
