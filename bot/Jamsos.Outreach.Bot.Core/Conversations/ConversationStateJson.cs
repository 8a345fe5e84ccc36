using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>The stored form of <see cref="ConversationState"/>: source-generated JSON, enums as names.</summary>
[JsonSerializable(typeof(ConversationState))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class ConversationStateJson : JsonSerializerContext
{
    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, Default.ConversationState);

    /// <summary>Null for unreadable JSON (for example written by an older version): the chat just starts over.</summary>
    public static ConversationState? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, Default.ConversationState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
