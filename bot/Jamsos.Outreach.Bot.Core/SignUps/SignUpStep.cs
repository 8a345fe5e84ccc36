namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>The steps of the sign-up form, in order. Summary lets the person confirm, edit or cancel.</summary>
public enum SignUpStep
{
    Name,
    Phone,
    Region,
    RegionOther,
    Occupation,
    OccupationOther,
    Contact,
    News,
    Consent,
    Summary,
    EditChoice,
}
