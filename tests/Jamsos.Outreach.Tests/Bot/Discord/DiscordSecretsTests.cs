using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class DiscordSecretsTests
{
    [Fact]
    public async Task Logs_AfterConnectingAnsweringAndFailing_NeverContainTheBotTokenOrAnInteractionToken()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        harness.Fake.Handler = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? FakeHttpResponse.Json(DiscordFixtures.Read("rest_error_unknown_interaction.json"), 404) : null;

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16);
        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 17);
        await DiscordHarness.WaitUntilAsync(() => harness.Logs.AllText.Contains("10062", StringComparison.Ordinal) && harness.Fake.RequestsTo("POST", "/messages").Any());
        await connection.CloseAsync(4004);
        await DiscordHarness.WaitUntilAsync(() => harness.GatewayTask.IsCompleted);

        Assert.True(!harness.Logs.AllText.Contains(DiscordHarness.Token, StringComparison.Ordinal)
            && !harness.Logs.AllText.Contains("aW50ZXJhY3Rpb24", StringComparison.Ordinal), harness.Logs.AllText);
    }
}
