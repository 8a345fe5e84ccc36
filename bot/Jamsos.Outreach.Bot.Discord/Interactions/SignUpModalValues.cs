using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// The values of a submitted sign-up modal, read from either shape Discord sends (Label-wrapped, or the
/// older action rows of text inputs), from text inputs, selects, radio and checkbox groups alike.
/// </summary>
internal sealed record SignUpModalValues(string? Name, string? Phone, string? Region, string? Occupation, bool Consent)
{
    public const string NameField = "name";
    public const string PhoneField = "phone";
    public const string RegionField = "district";
    public const string OccupationField = "occupation";
    public const string ConsentField = "consent";
    public const string ConsentAgree = "agree";

    public static SignUpModalValues Parse(IReadOnlyList<SubmittedComponent>? components)
    {
        var found = new Dictionary<string, SubmittedComponent>(StringComparer.Ordinal);
        Collect(components, found);
        return new SignUpModalValues(
            Text(found, NameField),
            Text(found, PhoneField),
            Text(found, RegionField),
            Text(found, OccupationField),
            found.TryGetValue(ConsentField, out var consent) && Agreed(consent));
    }

    private static void Collect(IReadOnlyList<SubmittedComponent>? components, Dictionary<string, SubmittedComponent> found)
    {
        foreach (var component in components ?? [])
        {
            if (component.CustomId is { Length: > 0 } id)
            {
                found.TryAdd(id, component);
            }

            if (component.Child is { } child)
            {
                Collect([child], found);
            }

            Collect(component.Components, found);
        }
    }

    private static string? Text(Dictionary<string, SubmittedComponent> found, string field) =>
        !found.TryGetValue(field, out var component) ? null
            : component.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()
            : component.Values is [var first, ..] ? first
            : null;

    private static bool Agreed(SubmittedComponent component) =>
        component.Values?.Contains(ConsentAgree, StringComparer.Ordinal) == true
        || component.Value is { ValueKind: JsonValueKind.True }
        || (component.Value is { ValueKind: JsonValueKind.String } text
            && text.GetString()?.Trim().ToUpperInvariant() is "YES" or "YA" or "SETUJU" or "AGREE" or "I AGREE" or "IYA");
}
