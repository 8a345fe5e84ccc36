using System.Collections.Concurrent;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// Virtual time: every timer (so every Task.Delay(…, this)) moves the clock forward by its due time and
/// fires at once. Waits of seconds (retry_after, back-off, rate limits) then take no real time, and
/// <see cref="Delays"/> records what the product asked to wait.
/// </summary>
internal sealed class VirtualTimeProvider : TimeProvider
{
    private long ticks;

    public VirtualTimeProvider(DateTimeOffset start)
    {
        ticks = start.UtcTicks;
    }

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new InertTimer();
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
            Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return timer;
    }

    /// <summary>A timer whose one firing was already scheduled; changing or disposing it does nothing.</summary>
    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
