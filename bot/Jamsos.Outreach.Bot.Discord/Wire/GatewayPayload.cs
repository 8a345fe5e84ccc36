using System.Text.Json;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>Every gateway frame received: op, data, and for dispatches (op 0) the sequence and event name.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    /// <summary>Any JSON value, absent on op 11; kept raw and read by the handler of the op or event.</summary>
    public JsonElement? D { get; init; }

    public long? S { get; init; }

    public string? T { get; init; }
}
