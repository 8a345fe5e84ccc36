namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>A file sent with a reply (a staff export).</summary>
public sealed record Attachment(string FileName, string ContentType, byte[] Content);
