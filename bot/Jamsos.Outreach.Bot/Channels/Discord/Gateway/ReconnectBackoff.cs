namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// Exponential back-off with jitter for reconnect attempts: base × 2^failures capped at max, then scaled
/// by a random factor in [0.5, 1) so many clients never reconnect in lockstep and no attempt loops tightly.
/// Pure: the random value is passed in.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(failures, 0, 30);
        var capped = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Math.Clamp(random, 0, 1))));
    }

    /// <summary>The brief's defensive wait before a fresh Identify after op 9 false: 1 to 5 seconds.</summary>
    public static TimeSpan InvalidSessionDelay(double random) => TimeSpan.FromSeconds(1 + (4 * Math.Clamp(random, 0, 1)));
}
