namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>Identify's connection properties (the current names, not the deprecated "$os" forms).</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);
