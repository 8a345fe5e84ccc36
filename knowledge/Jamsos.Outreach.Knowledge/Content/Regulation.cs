namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>A regulation the content cites. <see cref="InForce"/> is a date or only a year, as the fact sheet gives it.</summary>
public sealed record Regulation(string Id, string Title, string InForce, string Url, DateOnly Checked, Confidence Confidence);
