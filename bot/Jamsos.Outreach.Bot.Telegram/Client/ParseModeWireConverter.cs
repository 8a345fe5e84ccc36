using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// Writes parse_mode as the Bot API documents it ("HTML", "MarkdownV2", "Markdown"). The library writes
/// the enum member name ("Html"); Telegram accepts either, but the documented spelling is what our fake
/// server and every recorded request compare against.
/// </summary>
internal sealed class ParseModeWireConverter : JsonConverter<ParseMode>
{
    public override ParseMode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() switch
        {
            { } s when s.Equals("HTML", StringComparison.OrdinalIgnoreCase) => ParseMode.Html,
            { } s when s.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase) => ParseMode.MarkdownV2,
            { } s when s.Equals("Markdown", StringComparison.OrdinalIgnoreCase) => ParseMode.Markdown,
            _ => ParseMode.None,
        };

    public override void Write(Utf8JsonWriter writer, ParseMode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value switch
        {
            ParseMode.Html => "HTML",
            ParseMode.MarkdownV2 => "MarkdownV2",
            ParseMode.Markdown => "Markdown",
            _ => throw new JsonException($"parse_mode {value} has no wire name."),
        });
    }
}
