namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A message-style interaction callback (types 4, 5, 6 and 7).</summary>
internal sealed record InteractionResponse(int Type, MessageBody? Data);
