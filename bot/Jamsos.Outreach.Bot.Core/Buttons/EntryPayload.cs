namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>One FAQ entry, by id ("Maksud Anda…?" suggestions, crisis steps).</summary>
public sealed record EntryPayload(string EntryId) : Payload;
