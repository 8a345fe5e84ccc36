using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// Source-generated (de)serialisation of the wire types: snake_case names and no null fields in request
/// bodies, with no per-property attributes. Unknown fields are ignored (the default), so new Bot API
/// fields never break parsing.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(ApiResponse<bool>))]
[JsonSerializable(typeof(ApiResponse<User>))]
[JsonSerializable(typeof(ApiResponse<List<Update>>))]
[JsonSerializable(typeof(ApiResponse<WebhookInfo>))]
[JsonSerializable(typeof(ApiResponse<Message>))]
[JsonSerializable(typeof(ApiResponse<JsonElement>))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext
{
}
