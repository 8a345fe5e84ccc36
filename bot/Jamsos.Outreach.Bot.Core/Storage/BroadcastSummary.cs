namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>How many recipients of a broadcast are in each state.</summary>
public sealed record BroadcastSummary(int Total, int Pending, int Sent, int Failed, int Blocked, int Unknown)
{
    public int Done => Sent + Failed + Blocked + Unknown;

    public static BroadcastSummary From(IReadOnlyDictionary<RecipientStatus, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int Of(RecipientStatus s) => counts.TryGetValue(s, out var n) ? n : 0;
        return new BroadcastSummary(counts.Values.Sum(), Of(RecipientStatus.Pending) + Of(RecipientStatus.Sending), Of(RecipientStatus.Sent),
            Of(RecipientStatus.Failed), Of(RecipientStatus.Blocked), Of(RecipientStatus.Unknown));
    }
}
