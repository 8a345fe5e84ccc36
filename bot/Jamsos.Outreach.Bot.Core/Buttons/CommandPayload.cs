namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A button that runs a chat command without its slash ("menu", "iuran", "daftar").</summary>
public sealed record CommandPayload(string Command) : Payload;
