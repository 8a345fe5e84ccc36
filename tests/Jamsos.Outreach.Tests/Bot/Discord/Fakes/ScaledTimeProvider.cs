using System.Diagnostics;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than real time, for the client and the fake alike:
/// Discord's real numbers (a 41.25 s heartbeat, a 2.5 s retry_after, 1-5 s Identify waits) stay in the
/// tests and are asserted as such, while the suite waits only a fraction of them. Timers (Task.Delay,
/// CancellationTokenSource) are scaled the same way.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly DateTimeOffset start;
    private readonly long startTimestamp = Stopwatch.GetTimestamp();

    public ScaledTimeProvider(double factor, DateTimeOffset? start = null)
    {
        Factor = factor;
        this.start = start ?? new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);
    }

    public double Factor { get; }

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(startTimestamp) * Factor;

    public override long GetTimestamp() => startTimestamp + (long)((Stopwatch.GetTimestamp() - startTimestamp) * Factor);

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    /// <summary>How long a scaled span takes in real time.</summary>
    public TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Factor;

    private sealed class ScaledTimer : ITimer
    {
        private readonly ITimer inner;
        private readonly ScaledTimeProvider owner;

        public ScaledTimer(ITimer inner, ScaledTimeProvider owner)
        {
            this.inner = inner;
            this.owner = owner;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Scale(dueTime), owner.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
