using System.Text.Json;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>A frame the client sent: op, the parsed JSON, the raw text, its size in bytes and when it arrived (scaled clock).</summary>
public sealed record ReceivedFrame(int Op, JsonElement Json, string Text, long Bytes, DateTimeOffset At)
{
    public JsonElement D => Json.GetProperty("d");
}
