namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>The news opt-in answer.</summary>
public sealed record SignUpNewsPayload(bool Wanted) : SignUpPayload;
