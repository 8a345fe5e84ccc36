namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>Builds <see cref="FieldCheck{T}"/> values.</summary>
public static class FieldCheck
{
    public static FieldCheck<T> Valid<T>(T value) => new(true, value, string.Empty);

    public static FieldCheck<T> Invalid<T>(string problem) => new(false, default!, problem);
}
