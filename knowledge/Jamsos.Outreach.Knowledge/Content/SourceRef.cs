namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>A source an entry cites: the regulation (or official statement) and where to read it.</summary>
public sealed record SourceRef(string Regulation, string Url);
