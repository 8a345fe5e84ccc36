namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>The occupations outreach works with most, offered as buttons; anything else is typed.</summary>
public static class Occupations
{
    public static readonly IReadOnlyList<(string Id, string En)> Choices =
    [
        ("Ojol / kurir", "App driver / courier"),
        ("Opang / sopir", "Motorbike taxi / driver"),
        ("Pedagang", "Trader"),
        ("Petani / buruh tani", "Farmer / farm labourer"),
        ("Nelayan", "Fisher"),
        ("Usaha rumahan", "Home business"),
        ("Buruh harian / bangunan", "Day / construction labourer"),
    ];

    public const int MaxTypedLength = 60;
}
