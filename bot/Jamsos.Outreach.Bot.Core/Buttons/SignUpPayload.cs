namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A button of the sign-up form; pressed outside the form it has expired.</summary>
public abstract record SignUpPayload : Payload;
