namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>One amount on the flyer: who it is for, what they pay ("Rp8.400 per bulan") and why (the discount's state).</summary>
internal sealed record FlyerAmountLine(string Label, string Amount, string Note);
