namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>"Selengkapnya": screen <see cref="Part"/> (1 = the first after the answer) of a long answer, in its language ("id", "en").</summary>
public sealed record MorePayload(string EntryId, int Part, string Language) : Payload;
