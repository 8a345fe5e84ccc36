using System.Text.Json.Nodes;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>discord.md checklist, "Dispatch handling": typed messages through the real engine.</summary>
public sealed class DispatchHandlingTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task MessageFromAnotherBot_IsIgnored()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_from_bot.json", 14, d => d["content"] = "<@1434829455360131073> hi");
        await Task.Delay(Quiet);

        Assert.Empty(harness.Fake.RequestsTo("POST", "/messages"));
    }

    [Fact]
    public async Task MessageFromTheBotItself_IsIgnored()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 14, d => d["author"]!["id"] = DiscordHarness.ApplicationId);
        await Task.Delay(Quiet);

        Assert.Empty(harness.Fake.RequestsTo("POST", "/messages"));
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredAsAReplyThatPingsNobody()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 13);
        var answer = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        var body = answer.Json;
        Assert.Equal(
            ("/api/v10/channels/1460906282188931081/messages", "[]", false, "1461303902208131080", true, true),
            (answer.Path, body.GetProperty("allowed_mentions").GetProperty("parse").GetRawText(), body.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean(),
             body.GetProperty("message_reference").GetProperty("message_id").GetString(), body.GetProperty("enforce_nonce").GetBoolean(), body.GetProperty("nonce").GetString()!.Length <= 25));
    }

    [Theory]
    [InlineData("gateway_message_create_no_content_intent.json")]
    [InlineData("gateway_message_create_dm.json")]
    public async Task EmptyContent_IsNotTreatedAsAQuestion(string fixture)
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, fixture, 15, d => d["content"] = string.Empty);
        await Task.Delay(Quiet);

        Assert.Empty(harness.Fake.RequestsTo("POST", "/messages"));
    }

    [Fact]
    public async Task SameMessageDispatchedTwice_IsAnsweredOnce()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 13);
        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 14);
        await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        await Task.Delay(Quiet);

        Assert.Single(harness.Fake.RequestsTo("POST", "/messages"));
    }

    [Fact]
    public async Task MentionInAConfiguredChannel_IsAnsweredThere()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create.json", 12);
        var answer = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal("/api/v10/channels/" + DiscordHarness.HelpDesk + "/messages", answer.Path);
    }

    [Fact]
    public async Task MentionInAnyChannel_WithoutAnAllowList_IsAnsweredThere()
    {
        const string AnyChannel = "1242085667635339999";
        await using var harness = DiscordHarness.Create(settings: new Dictionary<string, string?> { ["Discord:AnswerChannelIds:0"] = null });
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create.json", 12, d => d["channel_id"] = AnyChannel);
        var answer = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal("/api/v10/channels/" + AnyChannel + "/messages", answer.Path);
    }

    [Fact]
    public async Task MentionOutsideTheAllowList_IsIgnored()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create.json", 12, d => d["channel_id"] = "1242085667635339999");
        await Task.Delay(Quiet);

        Assert.Empty(harness.Fake.RequestsTo("POST", "/messages"));
    }

    [Fact]
    public async Task ReplyToTheBotWithoutMention_InAConfiguredChannel_IsAnswered()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create.json", 12, d =>
        {
            d["content"] = "berapa iuran untuk ojol?";
            d["mentions"] = new JsonArray();
            d["type"] = 19;
            d["referenced_message"] = new JsonObject { ["id"] = "1461302696764424193", ["channel_id"] = DiscordHarness.HelpDesk, ["author"] = new JsonObject { ["id"] = DiscordHarness.ApplicationId, ["bot"] = true } };
        });
        var answer = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.DoesNotContain("<@", answer.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedSignUpCommand_GetsAButtonThatOpensTheForm()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 13, d => d["content"] = "/daftar");
        var answer = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal("su:v1:start", answer.Json.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
    }
}
