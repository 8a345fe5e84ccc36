namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>The paper the flyer is printed on. A4 is A5 scaled by √2, so both share one layout.</summary>
internal enum FlyerSize
{
    A5,
    A4,
}
