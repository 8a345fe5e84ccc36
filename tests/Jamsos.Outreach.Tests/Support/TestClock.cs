using System.Collections.Concurrent;
using System.Diagnostics;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The one fake clock of the tests (Microsoft.Extensions.TimeProvider.Testing's FakeTimeProvider has no scaled mode).
/// Three kinds, one type:
/// <list type="bullet">
/// <item><c>new TestClock(now)</c> / <see cref="At"/>: stands still until the test sets <see cref="Now"/> or calls
/// <see cref="Advance"/> (24-hour expiry, rate-limit windows, dates of the discount); timers run in real time.</item>
/// <item><see cref="Virtual"/>: every timer (so every Task.Delay(…, clock)) moves the clock forward by its due time and
/// fires at once, so waits of seconds (retry_after, back-off) take no real time; <see cref="Delays"/> records them.</item>
/// <item><see cref="Scaled"/>: runs <see cref="Factor"/> times faster than real time, timers included, for tests with
/// real sockets on both ends (Discord's 41.25 s heartbeat stays in the test as a number but takes a fraction of it).</item>
/// </list>
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly Kind kind;
    private readonly long startTimestamp = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset scaledStart;
    private long ticks;

    public TestClock(DateTimeOffset now)
        : this(Kind.Manual, now, 1)
    {
    }

    private TestClock(Kind kind, DateTimeOffset start, double factor)
    {
        this.kind = kind;
        ticks = start.UtcTicks;
        scaledStart = start;
        Factor = factor;
    }

    private enum Kind
    {
        Manual,
        Virtual,
        Scaled,
    }

    /// <summary>For <see cref="Scaled"/> clocks: how many times faster than real time it runs (1 otherwise).</summary>
    public double Factor { get; }

    /// <summary>For <see cref="Virtual"/> clocks: every wait the product asked for, in order.</summary>
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    /// <summary>The current instant; setting it moves a manual or virtual clock there.</summary>
    public DateTimeOffset Now
    {
        get => GetUtcNow();
        set => Interlocked.Exchange(ref ticks, ManualOnly(value.UtcTicks));
    }

    public override long TimestampFrequency => kind switch
    {
        Kind.Virtual => TimeSpan.TicksPerSecond,
        Kind.Scaled => Stopwatch.Frequency,
        _ => base.TimestampFrequency,
    };

    /// <summary>Stopped at 05:00 UTC (noon in Jakarta) on <paramref name="date"/>, so the product's "today" is that date.</summary>
    public static TestClock At(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero));

    /// <summary>Virtual time from <paramref name="start"/>: timers advance the clock and fire at once.</summary>
    public static TestClock Virtual(DateTimeOffset start) => new(Kind.Virtual, start, 1);

    /// <summary>Real time, <paramref name="factor"/> times faster, from <paramref name="start"/> (21 November 2026, 05:00 UTC by default).</summary>
    public static TestClock Scaled(double factor, DateTimeOffset? start = null) =>
        new(Kind.Scaled, start ?? new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero), factor);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, ManualOnly(by.Ticks));

    /// <summary>How long a span of this clock takes in real time.</summary>
    public TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Factor;

    public override DateTimeOffset GetUtcNow() => kind == Kind.Scaled
        ? scaledStart + Stopwatch.GetElapsedTime(startTimestamp) * Factor
        : new DateTimeOffset(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public override long GetTimestamp() => kind switch
    {
        Kind.Virtual => Interlocked.Read(ref ticks),
        Kind.Scaled => startTimestamp + (long)((Stopwatch.GetTimestamp() - startTimestamp) * Factor),
        _ => base.GetTimestamp(),
    };

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        switch (kind)
        {
            case Kind.Virtual:
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Delays.Enqueue(dueTime);
                    Advance(dueTime);
                    ThreadPool.QueueUserWorkItem(_ => callback(state));
                }

                return new InertTimer();
            case Kind.Scaled:
                return new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);
            default:
                return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    private long ManualOnly(long value) =>
        kind == Kind.Scaled ? throw new InvalidOperationException("A scaled clock follows real time; it cannot be set.") : value;

    /// <summary>A virtual timer whose one firing was already scheduled; changing or disposing it does nothing.</summary>
    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class ScaledTimer(ITimer inner, TestClock owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Scale(dueTime), owner.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
