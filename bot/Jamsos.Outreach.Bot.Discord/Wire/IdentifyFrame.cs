namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>op 2: starts a new session.</summary>
internal sealed record IdentifyFrame(IdentifyData D)
{
    public int Op => GatewayOpcodes.Identify;
}
