namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>POST /users/@me/channels: returns the DM channel with a user (the existing one if there is one).</summary>
internal sealed record CreateDmRequest(string RecipientId);
