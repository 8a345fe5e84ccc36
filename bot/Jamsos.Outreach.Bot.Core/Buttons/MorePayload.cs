namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>
/// "Selengkapnya": screen <see cref="Part"/> of a long answer, in its language ("id", "en"): 1 is the first after
/// the entry's own first screen; 0 is the entry's answer from its start, offered under a computed figure.
/// </summary>
public sealed record MorePayload(string EntryId, int Part, string Language) : Payload;
