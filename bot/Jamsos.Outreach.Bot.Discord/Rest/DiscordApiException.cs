using System.Net;
using System.Text.Json;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// Discord refused a request (4xx other than 429): permanent, not retried. Carries the HTTP status, the
/// JSON error code and, for 50035, every failing field as "path.to.field: message". The message names
/// the route template, never a token.
/// </summary>
internal sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(string route, HttpStatusCode status, int? code, string? apiMessage, IReadOnlyList<string> fieldErrors)
        : base(Describe(route, status, code, apiMessage, fieldErrors))
    {
        Status = status;
        Code = code;
        FieldErrors = fieldErrors;
    }

    public HttpStatusCode Status { get; }

    public int? Code { get; }

    public IReadOnlyList<string> FieldErrors { get; } = [];

    /// <summary>Flattens a 50035 "errors" object to "content: Must be 2000 or fewer in length." lines.</summary>
    public static IReadOnlyList<string> FlattenErrors(JsonElement? errors)
    {
        var found = new List<string>();
        if (errors is { ValueKind: JsonValueKind.Object } root)
        {
            Walk(root, string.Empty, found);
        }

        return found;
    }

    private static void Walk(JsonElement node, string path, List<string> found)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.GetString() : error.ToString();
                    found.Add((path.Length == 0 ? "(body)" : path) + ": " + message);
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, found);
            }
        }
    }

    private static string Describe(string route, HttpStatusCode status, int? code, string? apiMessage, IReadOnlyList<string> fieldErrors)
    {
        var text = $"Discord refused {route}: HTTP {(int)status}";
        if (code is not null)
        {
            text += $", code {code}";
        }

        if (!string.IsNullOrWhiteSpace(apiMessage))
        {
            text += $" ({apiMessage})";
        }

        return fieldErrors.Count == 0 ? text : text + "; " + string.Join("; ", fieldErrors);
    }
}
