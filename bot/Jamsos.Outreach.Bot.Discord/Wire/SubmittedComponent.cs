using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// A component in a modal submit, in either shape Discord sends: a Label with one child in
/// <see cref="Child"/>, or an older action row with children in <see cref="Components"/>. A text input has
/// a string <see cref="Value"/>, a checkbox a boolean one, a radio group a string or null; selects and
/// checkbox groups have <see cref="Values"/>.
/// </summary>
internal sealed record SubmittedComponent
{
    public int Type { get; init; }

    public string? CustomId { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public IReadOnlyList<SubmittedComponent>? Components { get; init; }

    [JsonPropertyName("component")]
    public SubmittedComponent? Child { get; init; }
}
