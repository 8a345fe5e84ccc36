using Jamsos.Outreach.Bot.Core.Pacing;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Per-user sliding window: at most N messages a minute. The first message over the limit gets one
/// polite notice; the rest of the flood is ignored silently until the window frees. In memory: a limit
/// that resets on restart is fine for flood control, and nothing personal is kept.
/// </summary>
public sealed class UserRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly int limit;
    private readonly TimeProvider clock;
    private readonly Dictionary<string, (SlidingWindow Times, bool Noticed)> users = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private DateTimeOffset lastSweep;

    public UserRateLimiter(int perMinute, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        limit = perMinute;
        this.clock = clock;
    }

    /// <summary>Allowed, NoticeDue (first refusal in this window) or Silent.</summary>
    public RateDecision Check(string userKey)
    {
        lock (gate)
        {
            Sweep();
            if (!users.TryGetValue(userKey, out var entry))
            {
                entry = (new SlidingWindow(limit, Window, clock), false);
            }

            if (entry.Times.TryTake(out _))
            {
                users[userKey] = (entry.Times, false);
                return RateDecision.Allowed;
            }

            var decision = entry.Noticed ? RateDecision.Silent : RateDecision.NoticeDue;
            users[userKey] = (entry.Times, true);
            return decision;
        }
    }

    /// <summary>Drops idle users now and then so memory stays bounded by the active ones.</summary>
    private void Sweep()
    {
        var now = clock.GetUtcNow();
        if (now - lastSweep < Window)
        {
            return;
        }

        lastSweep = now;
        foreach (var key in users.Where(u => u.Value.Times.IsIdle()).Select(u => u.Key).ToList())
        {
            users.Remove(key);
        }
    }
}

public enum RateDecision
{
    Allowed,
    NoticeDue,
    Silent,
}
