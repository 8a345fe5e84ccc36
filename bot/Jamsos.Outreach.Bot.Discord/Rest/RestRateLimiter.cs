using System.Collections.Concurrent;
using Jamsos.Outreach.Bot.Core.Pacing;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// Route buckets as Discord reports them. A request is keyed by (route, top-level resource) until the
/// first response names its bucket; from then on by (bucket hash, top-level resource), so routes that
/// share a bucket are throttled together and another channel on the same route is not delayed.
/// Limits are never hard-coded: they come from the headers.
/// </summary>
internal sealed class RestRateLimiter
{
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);

    public RestRateLimiter(TimeProvider clock)
    {
        this.clock = clock;
        Global = new GlobalRateLimiter(clock);
    }

    public GlobalRateLimiter Global { get; }

    /// <summary>Waits until the route's bucket and the global limit let one request go.</summary>
    public async Task AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        await Pace.WaitAsync(clock, () => BucketFor(route).TryTake(clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await Global.WaitAsync(route.ExemptFromGlobal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a response's headers: the bucket hash of the route and the bucket's window.</summary>
    public void Update(RestRoute route, RateLimitInfo info)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (info.Bucket is { Length: > 0 } hash && !bucketOfRoute.TryGetValue(route.RouteKey, out _))
        {
            var before = BucketFor(route);
            bucketOfRoute[route.RouteKey] = hash;
            var after = buckets.GetOrAdd(Key(hash, route.MajorParameter), _ => new RateLimitBucket());
            if (!ReferenceEquals(before, after))
            {
                after.CopyFrom(before);
            }
        }

        if (info is { Remaining: { } remaining, ResetAfter: { } resetAfter })
        {
            BucketFor(route).Update(remaining, clock.GetUtcNow() + resetAfter);
        }
    }

    /// <summary>A 429: pause everything (global) or just this bucket for <paramref name="retryAfter"/>.</summary>
    public void OnTooManyRequests(RestRoute route, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        var until = clock.GetUtcNow() + retryAfter;
        if (global)
        {
            Global.PauseUntil(until);
        }
        else
        {
            BucketFor(route).Exhaust(until);
        }
    }

    private RateLimitBucket BucketFor(RestRoute route)
    {
        var id = bucketOfRoute.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey;
        return buckets.GetOrAdd(Key(id, route.MajorParameter), _ => new RateLimitBucket());
    }

    private static string Key(string bucket, string major) => bucket + "|" + major;
}
