using System.Text.Json;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>What an interaction was answered with: the callback type (4, or 5 then an edit), its flags, and the message.</summary>
public sealed record InteractionAnswer(int CallbackType, int? Flags, JsonElement Message)
{
    public bool Ephemeral => Flags == 64;

    public string Content => Message.GetProperty("content").GetString() ?? string.Empty;

    public string FirstButtonId => Message.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
}
