using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>One line of <c>ask</c>'s batch output (JSON Lines).</summary>
internal sealed record AskLine(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("entry")] string? Entry,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions,
    [property: JsonPropertyName("related")] IReadOnlyList<string> Related);

[JsonSerializable(typeof(AskLine))]
[JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class CliJsonContext : JsonSerializerContext;
