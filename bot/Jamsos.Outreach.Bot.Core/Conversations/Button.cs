namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>A choice shown under a reply. <see cref="Payload"/> is versioned and short (see <see cref="Payloads"/>).</summary>
public sealed record Button(string Label, string Payload);
