namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>An entry offered as "Maksud Anda…?" when the engine is not sure.</summary>
public sealed record Suggestion(string EntryId, string Intent, string Title, double Confidence);
