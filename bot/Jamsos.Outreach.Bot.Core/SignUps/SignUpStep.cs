namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>The steps of the sign-up form, in order. Summary lets the person confirm, edit or cancel.</summary>
public enum SignUpStep
{
    Name,
    Phone,
    Region,
    RegionOther,

    /// <summary>A typed region that is both a Kota and a Kabupaten: "Kota Bekasi atau Kabupaten Bekasi?".</summary>
    RegionChoice,

    Occupation,
    OccupationOther,
    Contact,
    News,
    Consent,
    Summary,
    EditChoice,
}
