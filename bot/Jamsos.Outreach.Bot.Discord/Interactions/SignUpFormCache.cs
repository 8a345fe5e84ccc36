using System.Collections.Concurrent;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// The last submitted modal per user, in memory for 15 minutes (an interaction's lifetime), so "Try
/// again" reopens the form with what the person typed, including the field that failed. Never stored on
/// disk; dropped once the form is accepted.
/// </summary>
internal sealed class SignUpFormCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (SignUpModalValues Values, DateTimeOffset At)> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;

    public SignUpFormCache(TimeProvider clock)
    {
        this.clock = clock;
    }

    public void Remember(string userId, SignUpModalValues values)
    {
        var now = clock.GetUtcNow();
        foreach (var stale in entries.Where(e => now - e.Value.At > Lifetime).Select(e => e.Key).ToList())
        {
            entries.TryRemove(stale, out _);
        }

        entries[userId] = (values, now);
    }

    public SignUpModalValues? Recall(string userId) =>
        entries.TryGetValue(userId, out var entry) && clock.GetUtcNow() - entry.At <= Lifetime ? entry.Values : null;

    public void Forget(string userId) => entries.TryRemove(userId, out _);
}
