using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>op 1 sent: the last sequence number, or an explicit null before any dispatch.</summary>
internal sealed record HeartbeatFrame(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D)
{
    public int Op => GatewayOpcodes.Heartbeat;
}
