namespace Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

/// <summary>A scripted answer of the fake Bot API: a body with a status, a delay, a hang or a dropped connection.</summary>
internal sealed record FakeResponse(FakeResponseKind Kind, int Status = 200, string Body = "", string ContentType = "application/json", TimeSpan Delay = default, FakeResponse? Then = null)
{
    /// <summary>A fixture file; the status is its error_code (200 when ok is true), like the real server.</summary>
    public static FakeResponse Fixture(string name)
    {
        var body = TelegramFixtures.Read(name);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var status = json.RootElement.TryGetProperty("error_code", out var code) ? code.GetInt32() : 200;
        return new FakeResponse(FakeResponseKind.Body, status, body);
    }

    public static FakeResponse Json(int status, string body) => new(FakeResponseKind.Body, status, body);

    public static FakeResponse Ok(string resultJson) => Json(200, "{\"ok\":true,\"result\":" + resultJson + "}");

    /// <summary>A getUpdates answer with these updates, exactly as given (order, duplicates).</summary>
    public static FakeResponse Updates(params string[] updates) => Ok("[" + string.Join(",", updates) + "]");

    public static FakeResponse BadGatewayHtml() => new(FakeResponseKind.Body, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");

    public static FakeResponse MalformedJson(int status = 200) => new(FakeResponseKind.Body, status, "{\"ok\":true,\"result\":{\"message_id\":");

    public static FakeResponse Error(int status, string description, string? parameters = null) =>
        Json(status, $"{{\"ok\":false,\"error_code\":{status},\"description\":\"{description}\"{(parameters is null ? string.Empty : ",\"parameters\":" + parameters)}}}");

    public static FakeResponse TooManyRequests(int retryAfter) =>
        Error(429, $"Too Many Requests: retry after {retryAfter}", $"{{\"retry_after\":{retryAfter}}}");

    /// <summary>Reads the request, then answers nothing until the client gives up.</summary>
    public static FakeResponse Hang() => new(FakeResponseKind.Hang);

    /// <summary>Reads the request, then drops the connection without an answer.</summary>
    public static FakeResponse Abort() => new(FakeResponseKind.Abort);

    /// <summary>Does what the fake would do by default (lets a script pass a call through).</summary>
    public static FakeResponse Default() => new(FakeResponseKind.Default);

    public static FakeResponse Delayed(TimeSpan delay, FakeResponse then) => new(FakeResponseKind.Delay, Delay: delay, Then: then);
}

/// <summary>The kinds of scripted answers.</summary>
internal enum FakeResponseKind
{
    Body,
    Hang,
    Abort,
    Delay,
    Default,
}
