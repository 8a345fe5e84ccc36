namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>A checked form field: the value to keep, or the one sentence that says what is wrong with it.</summary>
public readonly record struct FieldCheck<T>(bool IsValid, T Value, string Problem);
