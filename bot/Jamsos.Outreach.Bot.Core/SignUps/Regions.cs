namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>Banten's eight regencies and cities, offered as buttons; anything else is typed.</summary>
public static class Regions
{
    public static readonly IReadOnlyList<string> Banten =
    [
        "Kota Serang", "Kabupaten Serang", "Kota Cilegon", "Kabupaten Pandeglang",
        "Kabupaten Lebak", "Kota Tangerang", "Kabupaten Tangerang", "Kota Tangerang Selatan",
    ];

    public const int MaxTypedLength = 60;
}
