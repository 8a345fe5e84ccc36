using System.Text.Json;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A slash command option as invoked: its value is a string, a number or a boolean by option type.</summary>
internal sealed record CommandOptionValue
{
    public string Name { get; init; } = string.Empty;

    public int Type { get; init; }

    public JsonElement? Value { get; init; }
}
