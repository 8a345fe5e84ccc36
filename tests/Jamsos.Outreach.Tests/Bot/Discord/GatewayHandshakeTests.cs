using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>discord.md checklist, "Gateway handshake", against the loopback fake.</summary>
public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task Connect_GetsGatewayBotThenOpensItsUrlWithVersionAndEncoding()
    {
        await using var harness = DiscordHarness.Create();

        harness.StartGateway();
        var connection = await harness.Fake.NextConnectionAsync();

        Assert.Equal(("/gateway", "v=10&encoding=json", 1), (connection.Path, connection.Query, harness.Fake.RequestsTo("GET", "/api/v10/gateway/bot").Count()));
    }

    [Fact]
    public async Task Heartbeat_FirstAfterJitterThenEveryInterval_NullBeforeAnyDispatchThenLastSequence()
    {
        await using var harness = DiscordHarness.Create(factor: 20);
        harness.StartGateway();
        var connection = await harness.Fake.NextConnectionAsync();
        var hello = harness.Clock.GetUtcNow();
        await connection.SendHelloAsync(41250);
        await connection.ExpectAsync(2);

        var first = await connection.ExpectAsync(1);
        await connection.SendDispatchAsync("SOME_FUTURE_EVENT", 42, """{"x":1}""");
        var second = await connection.ExpectAsync(1);

        // The harness seeds the client's Random with 7: its first value, 0.383…, is the jitter. Upper bounds
        // allow 20 virtual seconds (1 s real at factor 20) for a starved CI host; without jitter the first beat
        // would come at 41.25 s, past 15.8 + 20, and a doubled interval would overshoot the gap's bound.
        var jitter = new Random(7).NextDouble();
        var firstDelay = (first.At - hello).TotalMilliseconds;
        var gap = (second.At - first.At).TotalMilliseconds;
        Assert.True(
            firstDelay >= 41250 * jitter * 0.98 && firstDelay < (41250 * jitter) + 20_000 && gap is > 41250 * 0.98 and < 41250 + 20_000
            && first.D.ValueKind == JsonValueKind.Null && second.D.GetInt64() == 42,
            $"first after {firstDelay} ms with d={first.D}, then after {gap} ms with d={second.D}");
    }

    [Theory]
    [InlineData(false, 4609)]
    [InlineData(true, 37377)]
    public async Task Identify_CarriesBareTokenIntentsPropertiesAndShard_WithinFrameLimit(bool messageContent, int intents)
    {
        await using var harness = DiscordHarness.Create(settings: new Dictionary<string, string?> { ["Discord:MessageContentIntent"] = messageContent ? "true" : "false" });
        harness.StartGateway();
        var connection = await harness.Fake.NextConnectionAsync();
        await connection.SendHelloAsync(41250);

        var identify = await connection.ExpectAsync(2);

        var d = identify.D;
        var fixture = JsonDocument.Parse(DiscordFixtures.Read("gateway_identify.json")).RootElement.GetProperty("d");
        Assert.Equal(
            (fixture.GetProperty("token").GetString(), intents, "linux", true, true, "[0,1]", true),
            (d.GetProperty("token").GetString(), d.GetProperty("intents").GetInt32(), d.GetProperty("properties").GetProperty("os").GetString(),
             d.GetProperty("properties").TryGetProperty("browser", out _), d.GetProperty("properties").TryGetProperty("device", out _),
             d.GetProperty("shard").GetRawText(), identify.Bytes <= 4096));
    }

    [Fact]
    public async Task Ready_StoresSessionIdResumeUrlUserAndApplication()
    {
        await using var harness = DiscordHarness.Create();

        await harness.StartAndIdentifyAsync();

        var session = harness.Get<GatewaySession>();
        Assert.Equal(
            ("a3f9c2d8e1b74c6a9f0e5d4c3b2a1908", harness.Fake.ResumeUrl, "1434829455360131073", "1434829455360131073", 1L),
            (session.SessionId, session.ResumeGatewayUrl, session.BotUserId, session.ApplicationId, session.Sequence));
    }

    [Fact]
    public async Task Ready_SplitOverThreeFrames_IsReassembled()
    {
        await using var harness = DiscordHarness.Create();
        harness.StartGateway();
        var connection = await harness.Fake.NextConnectionAsync();
        await connection.SendHelloAsync(41250);
        await connection.ExpectAsync(2);

        await connection.SendFragmentedAsync("{\"t\":\"READY\",\"s\":1,\"op\":0,\"d\":" + harness.Fake.ReadyData() + "}", 3);

        await DiscordHarness.WaitUntilAsync(() => harness.Get<GatewaySession>().SessionId is not null);
        Assert.Equal("a3f9c2d8e1b74c6a9f0e5d4c3b2a1908", harness.Get<GatewaySession>().SessionId);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_IsAnsweredAtOnce()
    {
        // Real time (factor 1) and an interval of about eleven hours: the client's own first beat would come
        // after jitter × interval, about four hours. "At once" is therefore anything well under that; 15 s
        // leaves room for CI's starved cores (a 2 s bound on a doubled clock failed there at 2.17 s).
        await using var harness = DiscordHarness.Create(factor: 1);
        var connection = await harness.StartAndIdentifyAsync(heartbeatIntervalMs: 41250_000);
        var asked = harness.Clock.GetUtcNow();

        await connection.SendAsync(DiscordFixtures.Read("gateway_heartbeat_request.json"));
        var beat = await connection.ExpectAsync(1);

        Assert.True(beat.At - asked < TimeSpan.FromSeconds(15) && beat.D.GetInt64() == 1, $"heartbeat after {(beat.At - asked).TotalMilliseconds} ms, d={beat.D}");
    }

    [Fact]
    public async Task SentFrames_StayWithin120PerMinute_EvenWhenAskedForFarMoreHeartbeats()
    {
        await using var harness = DiscordHarness.Create(factor: 20);
        var connection = await harness.StartAndIdentifyAsync();

        // No acknowledgements (the fake's own ack traffic would slow it down): within 40 s the client's
        // first zombie check (at about 15.8 + 41.25 s) has not come yet.
        connection.AutoAck = false;
        var until = harness.Clock.GetUtcNow() + TimeSpan.FromSeconds(40);

        // Ask for a heartbeat (op 1) again and again: several hundred would follow unchecked.
        while (harness.Clock.GetUtcNow() < until)
        {
            await connection.SendAsync(DiscordFixtures.Read("gateway_heartbeat_request.json"));
            await Task.Delay(2);
        }

        Assert.InRange(BusiestMinute(connection.AllFrames), 100, 120);
    }

    [Fact]
    public async Task UnknownEventAndUnknownOpcode_AreSkippedAndTheSequenceStillCounts()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await connection.SendAsync(DiscordFixtures.Read("gateway_dispatch_unknown.json"));
        await connection.SendAsync("""{"op":99,"d":{"future":true},"s":null,"t":null}""");
        await connection.SendAsync(DiscordFixtures.Read("gateway_heartbeat_request.json"));
        var beat = await connection.ExpectAsync(1);

        Assert.Equal((7L, 1), (beat.D.GetInt64(), harness.Get<GatewayClient>().Connections));
    }

    private static int BusiestMinute(IReadOnlyList<ReceivedFrame> frames)
    {
        var times = frames.Select(f => f.At).Order().ToList();
        return times.Count == 0 ? 0 : times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(60)).Count()).Max();
    }
}
