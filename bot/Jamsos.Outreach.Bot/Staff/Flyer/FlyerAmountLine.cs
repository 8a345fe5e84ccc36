namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// One amount on the flyer: who it is for, what they pay ("Rp8.400 per bulan"), for a discounted amount up to
/// which contribution month and what comes after it (<see cref="Until"/>, empty otherwise), and why (the
/// discount's state).
/// </summary>
internal sealed record FlyerAmountLine(string Label, string Amount, string Until, string Note);
