using Jamsos.Outreach.Bot.Core.SignUps;

namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>Edit, on the summary (<see cref="Field"/> null: show the choice of fields), or the field to change.</summary>
public sealed record SignUpEditPayload(SignUpStep? Field = null) : SignUpPayload;
