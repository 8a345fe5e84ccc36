using System.Text.Json;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>One op 0 frame: the event name, its data, its sequence, and when it arrived (interactions have 3 s from then).</summary>
internal sealed record GatewayDispatch(string Name, JsonElement Data, long? Sequence, DateTimeOffset ReceivedAt);
