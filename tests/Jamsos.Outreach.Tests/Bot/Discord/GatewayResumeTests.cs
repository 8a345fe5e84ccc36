using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>discord.md checklist, "Resume after disconnect", against the loopback fake.</summary>
public sealed class GatewayResumeTests
{
    [Fact]
    public async Task DroppedTcpAfterSeq42_ResumesOnResumeUrlWithSeq42_AndReplayIsNotAnsweredTwice()
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();
        await DiscordHarness.SendFixtureAsync(first, "gateway_message_create_dm.json", 41);
        await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        await DiscordHarness.SendFixtureAsync(first, "gateway_dispatch_unknown.json", 42);
        await DiscordHarness.WaitUntilAsync(() => harness.Get<GatewaySession>().Sequence == 42);

        first.DropTcp();
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        var resume = await second.ExpectAsync(6);
        await DiscordHarness.SendFixtureAsync(second, "gateway_message_create_dm.json", 43);
        await second.SendAsync(DiscordFixtures.Read("gateway_resumed.json"));
        await DiscordHarness.WaitUntilAsync(() => harness.Get<GatewaySession>().Sequence == 45);
        await Task.Delay(100);

        var d = resume.D;
        Assert.Equal(
            ("/resume", "v=10&encoding=json", DiscordHarness.Token, "a3f9c2d8e1b74c6a9f0e5d4c3b2a1908", 42L, 1),
            (second.Path, second.Query, d.GetProperty("token").GetString(), d.GetProperty("session_id").GetString(), d.GetProperty("seq").GetInt64(), harness.Fake.CreatedMessages));
    }

    [Fact]
    public async Task Reconnect_ClosesWithACodeOtherThan1000And1001_ThenResumes()
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();

        await first.SendAsync(DiscordFixtures.Read("gateway_reconnect.json"));
        var code = await first.WaitClosedAsync();
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        await second.ExpectAsync(6);

        Assert.True(code is not (1000 or 1001) && second.Path == "/resume", $"closed with {code}, reconnected to {second.Path}");
    }

    [Fact]
    public async Task MissedHeartbeatAck_ClosesAsZombieByTheNextBeat_ThenResumes()
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync(heartbeatIntervalMs: 5000);
        first.AutoAck = false;

        var code = await first.WaitClosedAsync();
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        await second.ExpectAsync(6);

        Assert.True(code is not (1000 or 1001) && second.Path == "/resume", $"closed with {code}, reconnected to {second.Path}");
    }

    [Fact]
    public async Task InvalidSessionNotResumable_AfterResume_NewConnectionToGatewayUrlAfterOneToFiveSecondsThenIdentify()
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();
        first.DropTcp();
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        await second.ExpectAsync(6);

        var refused = harness.Clock.GetUtcNow();
        await second.SendAsync(DiscordFixtures.Read("gateway_invalid_session.json"));
        var third = await harness.Fake.NextConnectionAsync();
        var connectedAfter = harness.Clock.GetUtcNow() - refused;
        await third.SendHelloAsync(41250);
        var identify = await third.ExpectAsync(2);

        Assert.True(third.Path == "/gateway" && connectedAfter >= TimeSpan.FromSeconds(1) && identify.Op == 2 && third.AllFrames.All(f => f.Op != 6),
            $"{third.Path} after {connectedAfter.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();

        await first.SendAsync(DiscordFixtures.Read("gateway_invalid_session_resumable.json"));
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        var resume = await second.ExpectAsync(6);

        Assert.Equal(("/resume", 1L), (second.Path, resume.D.GetProperty("seq").GetInt64()));
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    public async Task Close_ResumableCode_Resumes(int code)
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();

        await first.CloseAsync(code);
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        var frame = await second.ExpectAsync(6);

        Assert.Equal(("/resume", 6), (second.Path, frame.Op));
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_SessionEndingCode_IdentifiesAnew(int code)
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();

        await first.CloseAsync(code);
        var second = await harness.Fake.NextConnectionAsync();
        await second.SendHelloAsync(41250);
        var frame = await second.ExpectAsync(2);

        Assert.Equal(("/gateway", 2), (second.Path, frame.Op));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_ConfigurationErrorCode_StopsWithAClearLogAndNoReconnect(int code)
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();

        await first.CloseAsync(code);
        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => harness.GatewayTask.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(harness.Clock.Scale(TimeSpan.FromSeconds(5)));

        Assert.Equal((code, 1), (fatal.CloseCode, harness.Fake.OpenedConnections.Count));
    }

    [Fact]
    public async Task Close4014_FatalMessageTellsWhatToChange()
    {
        await using var harness = DiscordHarness.Create();
        var first = await harness.StartAndIdentifyAsync();

        await first.CloseAsync(4014);
        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => harness.GatewayTask.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Contains("Message Content Intent", fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedFailures_BackOffExponentiallyWithJitter_NeverLoopingTightly()
    {
        await using var harness = DiscordHarness.Create(factor: 20);
        var first = await harness.StartAndIdentifyAsync();
        await first.CloseAsync(4000);
        var times = new List<DateTimeOffset> { harness.Clock.GetUtcNow() };

        for (var i = 0; i < 4; i++)
        {
            var connection = await harness.Fake.NextConnectionAsync(TimeSpan.FromSeconds(10));
            times.Add(harness.Clock.GetUtcNow());
            await connection.CloseAsync(4000);
        }

        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        // Lower bounds only: the back-off is at least half of 1, 2, 4, 8 s (a loaded machine only adds).
        Assert.True(gaps[0] >= 0.5 && gaps[1] >= 1 && gaps[2] >= 2 && gaps[3] >= 4,
            "gaps: " + string.Join(", ", gaps.Select(g => g.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task ResumeUrlKeepsFailing_AfterThreeAttemptsIdentifiesOnTheGatewayUrl()
    {
        await using var harness = DiscordHarness.Create(factor: 40);
        var first = await harness.StartAndIdentifyAsync();
        first.DropTcp();

        for (var i = 0; i < 3; i++)
        {
            (await harness.Fake.NextConnectionAsync(TimeSpan.FromSeconds(10))).DropTcp();
        }

        var fresh = await harness.Fake.NextConnectionAsync(TimeSpan.FromSeconds(10));
        await fresh.SendHelloAsync(41250);
        var frame = await fresh.ExpectAsync(2);

        Assert.Equal(("/gateway", 2), (fresh.Path, frame.Op));
    }

    [Fact]
    public async Task SilentServer_NoHelloWithinThirtySeconds_ClosesAndConnectsAgain()
    {
        await using var harness = DiscordHarness.Create(factor: 40);
        harness.StartGateway();
        var silent = await harness.Fake.NextConnectionAsync();

        var code = await silent.WaitClosedAsync();
        var next = await harness.Fake.NextConnectionAsync();

        Assert.Equal((4000, "/gateway"), (code, next.Path));
    }

    [Fact]
    public async Task NoSessionStartsLeft_WaitsForResetAfterBeforeIdentifying()
    {
        await using var harness = DiscordHarness.Create(factor: 20);
        harness.Fake.SessionStartsRemaining = 0;
        harness.Fake.SessionStartResetAfterMs = 10_000;
        var started = harness.Clock.GetUtcNow();

        harness.StartGateway();
        await harness.Fake.NextConnectionAsync();

        Assert.True(harness.Clock.GetUtcNow() - started >= TimeSpan.FromSeconds(10) && harness.Logs.Lines.Any(l => l.Level == LogLevel.Warning && l.Text.Contains("Identify budget", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Shutdown_ClosesWith1000()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await harness.StopAsync();
        var code = await connection.WaitClosedAsync();

        Assert.Equal(1000, code);
    }
}
