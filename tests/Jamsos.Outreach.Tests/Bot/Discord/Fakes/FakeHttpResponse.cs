namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>What the fake answers: status, body, extra headers, and an optional delay before answering (scaled time).</summary>
public sealed record FakeHttpResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null)
{
    public TimeSpan Delay { get; init; }

    public static FakeHttpResponse Json(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) => new(status, body, headers);

    public static FakeHttpResponse NoContent() => new(204);
}
