namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>Send, on the summary: the only press that stores a sign-up.</summary>
public sealed record SignUpConfirmPayload : SignUpPayload;
