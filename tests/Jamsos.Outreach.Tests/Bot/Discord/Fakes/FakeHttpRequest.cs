using System.Text.Json;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>One REST request the fake received, as recorded (time on the scaled clock).</summary>
public sealed record FakeHttpRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToUpperInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public override string ToString() => Method + " " + Path;
}
