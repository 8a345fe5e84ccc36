using System.Text.Json;

namespace Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

/// <summary>One call the fake received: method, raw path, headers, and the body as text and parsed JSON.</summary>
internal sealed record RecordedRequest(string HttpMethod, string Path, string Method, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    public JsonElement Json => Body.Length == 0 ? default : JsonDocument.Parse(Body).RootElement;

    public bool Has(string property) => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(property, out _);

    public JsonElement this[string property] => Json.GetProperty(property);
}
