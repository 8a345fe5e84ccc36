namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>The Identify body: the bare token (no "Bot " prefix), intents, client properties and the shard.</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, int[]? Shard);
