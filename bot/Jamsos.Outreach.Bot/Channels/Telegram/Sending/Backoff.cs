namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>
/// Exponential back-off with "equal jitter": attempt n waits between half and all of
/// base·2^(n-1), capped. Randomness is passed in, so tests can pin it.
/// </summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }
}
