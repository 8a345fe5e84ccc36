namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A clock stopped at one instant. Microsoft.Extensions.TimeProvider.Testing is not on our NuGet mirror
/// (README, "Substitutions"), and the product only ever asks for the current UTC time.
/// </summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset now;

    public FixedTimeProvider(DateTimeOffset now)
    {
        this.now = now;
    }

    /// <summary>Noon in Jakarta (UTC+7) on <paramref name="date"/>, so the product's "today" is that date.</summary>
    public static FixedTimeProvider At(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
