namespace Jamsos.Outreach.Bot.Core.Pacing;

/// <summary>The wait loop every limiter shares: try to take; when told to wait, sleep that long and try again.</summary>
public static class Pace
{
    /// <summary>
    /// Calls <paramref name="tryTake"/> until it returns zero (taken). It tries again after each wait
    /// rather than taking blindly, because another caller may have taken the room meanwhile.
    /// </summary>
    public static async Task WaitAsync(TimeProvider clock, Func<TimeSpan> tryTake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(tryTake);
        while (true)
        {
            var wait = tryTake();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            // Whole milliseconds, at least one: timers work in milliseconds, and a sub-millisecond wait
            // would complete at once and spin.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
