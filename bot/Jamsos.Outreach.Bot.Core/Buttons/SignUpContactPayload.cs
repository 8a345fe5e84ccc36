using Jamsos.Outreach.Bot.Core.SignUps;

namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>How the person wants to be contacted.</summary>
public sealed record SignUpContactPayload(ContactMethod Method) : SignUpPayload;
