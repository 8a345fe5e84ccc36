namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// A sign-up being filled in. Kept in the conversation state (never in the sign-up table) until the
/// person consents and confirms; a refused consent or a cancel drops it.
/// </summary>
public sealed record SignUpDraft(
    SignUpStep Step,
    string? Name = null,
    string? Phone = null,
    string? Region = null,
    string? Occupation = null,
    ContactMethod? ContactMethod = null,
    bool? NewsOptIn = null,
    string? ConsentVersion = null,
    DateTimeOffset? ConsentAt = null,
    bool Editing = false);
