using System.Text.Json.Serialization;

namespace Jamsos.Outreach.Bot.Core.Staff;

/// <summary>One sign-up as exported for the outreach team (CSV columns and JSON Lines keys).</summary>
public sealed record SignUpExportRow(
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("updated_at")] string UpdatedAt,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("occupation")] string Occupation,
    [property: JsonPropertyName("contact_method")] string ContactMethod,
    [property: JsonPropertyName("news_opt_in")] bool NewsOptIn,
    [property: JsonPropertyName("consent_version")] string ConsentVersion,
    [property: JsonPropertyName("consent_at")] string ConsentAt,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("referrer")] string? Referrer,
    [property: JsonPropertyName("language")] string Language);

[JsonSerializable(typeof(SignUpExportRow))]
internal sealed partial class StaffJsonContext : JsonSerializerContext;
