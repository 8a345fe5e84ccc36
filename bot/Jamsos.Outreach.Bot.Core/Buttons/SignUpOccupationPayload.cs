namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>An occupation of <see cref="SignUps.Occupations.Choices"/> by index; null for "Other" (typed next).</summary>
public sealed record SignUpOccupationPayload(int? Index) : SignUpPayload;
