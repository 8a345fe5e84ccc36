namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A regency or city of <see cref="SignUps.Regions.Banten"/> by index; null for "Other" (typed next).</summary>
public sealed record SignUpRegionPayload(int? Index) : SignUpPayload;
