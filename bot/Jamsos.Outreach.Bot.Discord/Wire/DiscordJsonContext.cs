using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// Source-generated JSON for every wire type: snake_case names, nulls left out (a field Discord reads as
/// "set to null" is declared with JsonIgnore Never), unknown fields ignored, numbers never read from strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(HeartbeatFrame))]
[JsonSerializable(typeof(IdentifyFrame))]
[JsonSerializable(typeof(ResumeFrame))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ModalResponse))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(DiscordChannelInfo))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
