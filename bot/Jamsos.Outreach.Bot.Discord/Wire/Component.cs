using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>
/// A component as sent: action row (children in <see cref="Components"/>), button, label (one child in
/// <see cref="Component"/>), text input, string select or checkbox group. One flat type, null fields left out.
/// </summary>
internal sealed record Component
{
    public int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? Description { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public string? Placeholder { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public bool? Required { get; init; }

    public string? Value { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>A Label's single child ("component" on the wire; a member cannot share its type's name).</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; init; }
}
