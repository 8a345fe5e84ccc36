namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>Cancel the form, at any step.</summary>
public sealed record SignUpCancelPayload : SignUpPayload;
