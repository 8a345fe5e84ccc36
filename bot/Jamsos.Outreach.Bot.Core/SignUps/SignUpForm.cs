namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// A whole sign-up form submitted at once (Discord's modal), as typed. It is checked by the same
/// <see cref="SignUpFieldValidator"/>, in the same order, as the step-by-step chat; the fields the form has no room for
/// (<see cref="Contact"/>, <see cref="NewsOptIn"/>) are fixed by the channel and shown in the summary.
/// </summary>
public sealed record SignUpForm(
    string? Name,
    string? Phone,
    string? Region,
    string? Occupation,
    bool Consent,
    ContactMethod Contact,
    bool NewsOptIn = false);
