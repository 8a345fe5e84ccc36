namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>The consent answer: agreed, or not (which drops the draft).</summary>
public sealed record SignUpConsentPayload(bool Agreed) : SignUpPayload;
