namespace Jamsos.Outreach.Tests.Support;

/// <summary>A clock the test moves forward (24-hour expiry, rate-limit windows).</summary>
public sealed class MutableTimeProvider : TimeProvider
{
    public MutableTimeProvider(DateTimeOffset now)
    {
        Now = now;
    }

    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
