namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// A confirmed interest sign-up: only what outreach needs to contact the person, with the consent they
/// gave (text version and time). Keyed by phone: the same number again updates the record.
/// Names are stored exactly as typed (emoji, right-to-left text, markup included) and escaped where shown.
/// </summary>
public sealed record SignUp(
    string Phone,
    string Name,
    string Region,
    string Occupation,
    ContactMethod ContactMethod,
    bool NewsOptIn,
    string ConsentVersion,
    DateTimeOffset ConsentAt,
    string Channel,
    string ChatId,
    string UserId,
    string? Referrer,
    string Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
