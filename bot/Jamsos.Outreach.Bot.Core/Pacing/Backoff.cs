namespace Jamsos.Outreach.Bot.Core.Pacing;

/// <summary>
/// Exponential back-off with "equal jitter": retry n (0 for the first) waits between half and all of
/// base·2^n, capped at max. The jitter keeps many clients from retrying in lockstep; the lower half keeps
/// any retry from looping tightly.
/// </summary>
/// <remarks>
/// Pure: the random value comes from <c>random</c> (<see cref="Random.NextDouble"/>, or a constant in
/// tests), and the caller waits on its own <see cref="TimeProvider"/>, because callers log the delay or
/// add to it first (a polling conflict's fixed pause, Discord's invalid-session wait).
/// </remarks>
public static class Backoff
{
    public static TimeSpan Delay(int retry, TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Clamp(retry, 0, 30);
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Math.Clamp(random(), 0, 1) * ceiling / 2));
    }
}
