namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>One look at a store: what its tables hold, and what its raw files hold (none for a server).</summary>
public sealed record TraceScan(IReadOnlyList<TraceFinding> Tables, IReadOnlyList<TraceFinding> Files)
{
    public IEnumerable<TraceFinding> All => Tables.Concat(Files);
}
