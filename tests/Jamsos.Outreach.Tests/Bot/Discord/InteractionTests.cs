using System.Text.Json;
using System.Text.Json.Nodes;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>discord.md checklist, "Interactions": slash commands, buttons and the sign-up modal through the real engine.</summary>
public sealed class InteractionTests
{
    private const string OtherUser = "816354164736131099";

    [Fact]
    public async Task AskCommand_IsAnsweredByACallbackWithinThreeSeconds_NothingOverTheSocket()
    {
        // Real time (factor 1): Discord's 3 seconds are real seconds; on a faster clock a starved CI host's pauses
        // count several times over (the HTTP interactions' test once read 4.4 s on a doubled clock).
        await using var harness = DiscordHarness.Create(factor: 1);
        var connection = await harness.StartAndIdentifyAsync();
        var sent = harness.Clock.GetUtcNow();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16, Ask("berapa iuran bpjs tk buat ojol?"));
        var callback = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        Assert.True(
            callback.Path == "/api/v10/interactions/1461302895575171084/aW50ZXJhY3Rpb246MTQ2MTMwMjg5NTU3NTE3MTA4NDpSRURBQ1RFRF9GQUtFX1RPS0VO/callback"
            && callback.Json.GetProperty("type").GetInt32() is 4 or 5 && callback.At - sent < TimeSpan.FromSeconds(3)
            && connection.AllFrames.All(f => f.Op is 1 or 2),
            $"{callback.Json} after {(callback.At - sent).TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task SlowAnswer_IsDeferredEphemerallyBeforeTheDeadline_ThenTheOriginalIsEdited()
    {
        // Real time, as above (Discord's deadline is 3 real seconds).
        await using var harness = DiscordHarness.Create(factor: 1);
        var connection = await harness.StartAndIdentifyAsync();
        harness.Conversations.Delay = TimeSpan.FromSeconds(3.5);
        var sent = harness.Clock.GetUtcNow();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16, Command("iuran", ("penghasilan", 2500000), ("sektor", "transport")));
        // The slow store waits 3.5 s per read, so the edit comes after about 7 real seconds.
        var edit = await harness.Fake.WaitForRequestAsync(r => r.Method == "PATCH", TimeSpan.FromSeconds(30));

        var callback = harness.Fake.RequestsTo("POST", "/callback").Single();
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(callback.Body), JsonNode.Parse(DiscordFixtures.Read("interaction_response_deferred_ephemeral.json")))
            && callback.At - sent < TimeSpan.FromSeconds(3)
            && edit.Path.EndsWith("/webhooks/1434829455360131073/aW50ZXJhY3Rpb246MTQ2MTMwMjg5NTU3NTE3MTA4NDpSRURBQ1RFRF9GQUtFX1RPS0VO/messages/@original", StringComparison.Ordinal)
            && edit.Json.GetProperty("content").GetString()!.Length > 0,
            $"callback {callback.Json} after {(callback.At - sent).TotalSeconds:0.00} s; edit {edit.Body}");
    }

    [Fact]
    public async Task LateCallback_UnknownInteraction_IsLoggedAndNotRetried()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        harness.Fake.Handler = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? FakeHttpResponse.Json(DiscordFixtures.Read("rest_error_unknown_interaction.json"), 404) : null;

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16, Ask("iuran ojol"));
        await DiscordHarness.WaitUntilAsync(() => harness.Logs.AllText.Contains("10062", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Equal(1, harness.Fake.Requests.Count(r => r.Path.Contains("/interactions/", StringComparison.Ordinal) || r.Path.Contains("/webhooks/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AlreadyAcknowledged_GetsNoSecondCallback()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        harness.Fake.Handler = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? FakeHttpResponse.Json(DiscordFixtures.Read("rest_error_already_acknowledged.json"), 400) : null;

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16, Ask("iuran ojol"));
        await DiscordHarness.WaitUntilAsync(() => harness.Logs.AllText.Contains("40060", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Single(harness.Fake.RequestsTo("POST", "/callback"));
    }

    [Fact]
    public async Task SignUpButton_OpensAModalWithinDiscordsLimits()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 17);
        var callback = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        var modal = callback.Json;
        var labels = modal.GetProperty("data").GetProperty("components").EnumerateArray().ToList();
        var ids = labels.Select(l => l.GetProperty("component").GetProperty("custom_id").GetString()!).Append(modal.GetProperty("data").GetProperty("custom_id").GetString()!).ToList();
        Assert.True(
            modal.GetProperty("type").GetInt32() == 9 && labels.Count is >= 1 and <= 5 && labels.All(l => l.GetProperty("type").GetInt32() == 18 && l.GetProperty("label").GetString()!.Length <= 45)
            && modal.GetProperty("data").GetProperty("title").GetString()!.Length <= 45 && ids.All(id => id.Length is >= 1 and <= 100),
            modal.GetRawText());
    }

    [Fact]
    public async Task SignUpCommandInADm_OpensTheModal()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash_dm.json", 20, d => d["data"]!["name"] = "daftar");
        var callback = await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        Assert.Equal((9, "su:v1:form"), (callback.Json.GetProperty("type").GetInt32(), callback.Json.GetProperty("data").GetProperty("custom_id").GetString()));
    }

    [Theory]
    [InlineData("gateway_interaction_modal_submit.json")]
    [InlineData("gateway_interaction_modal_submit_legacy.json")]
    public async Task ModalSubmit_InvalidPhone_EphemeralProblemWithATryAgainButton_NothingStored(string fixture)
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, fixture, 18);
        var answer = await harness.AnswerToAsync(fixture.Contains("legacy", StringComparison.Ordinal) ? "1461303335977091090" : "1461303335977091086");

        Assert.Equal((true, "su:v1:retry", 0), (answer.Ephemeral, answer.FirstButtonId, harness.Stores.SignUps.Count));
    }

    [Fact]
    public async Task TryAgain_ReopensTheModalPrefilledWithWhatWasTyped()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18);
        await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 19, d => { d["id"] = "1461303021404291099"; d["data"]!["custom_id"] = "su:v1:retry"; });
        var reopened = await harness.Fake.WaitForRequestAsync(r => r.Path.Contains("1461303021404291099", StringComparison.Ordinal));

        var phone = reopened.Json.GetProperty("data").GetProperty("components").EnumerateArray().Select(l => l.GetProperty("component"))
            .Single(c => c.GetProperty("custom_id").GetString() == "phone");
        Assert.Equal("+1 555 0100 123", phone.GetProperty("value").GetString());
    }

    [Fact]
    public async Task ValidSubmitThenSend_StoresOnce_RedeliveredSubmitAndSecondSendStoreNothingMore()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18, ValidForm);
        var summary = await harness.AnswerToAsync("1461303335977091086");
        var send = summary.FirstButtonId;

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 19, ValidForm);
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 20, Click("1461303021404291101", send));
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 21, Click("1461303021404291102", send));
        await DiscordHarness.WaitUntilAsync(() => harness.Fake.RequestsTo("POST", "/callback").Count() == 3);
        await Task.Delay(200);

        var stored = Assert.Single(harness.Stores.SignUps);
        Assert.Equal(
            ("v1:su:confirm#" + DiscordHarness.UserId, (int?)64, "+6281234567890", "Kota Serang", "discord", DiscordHarness.UserId, 3),
            (send, summary.Flags, stored.Phone, stored.Region, stored.Channel, stored.UserId, harness.Fake.RequestsTo("POST", "/callback").Count()));
    }

    [Fact]
    public async Task Summary_ShowsTheFullConsentTextBeforeSend()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18, ValidForm);
        var summary = await harness.AnswerToAsync("1461303335977091086");

        Assert.Contains("delete it at any time with /hapus", summary.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickOnSomeoneElsesFormButton_IsRefusedEphemerally_AndChangesNothing()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18, ValidForm);
        await harness.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 20, d =>
        {
            Click("1461303021404291103", "v1:su:confirm#" + DiscordHarness.UserId)(d);
            d["member"]!["user"]!["id"] = OtherUser;
        });
        var refusal = await harness.AnswerToAsync("1461303021404291103");

        Assert.Equal((true, 0), (refusal.Ephemeral, harness.Stores.SignUps.Count));
    }

    [Fact]
    public async Task EveryOutgoingMessage_AllowsNoMentions()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_message_create_dm.json", 13);
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16, Ask("@everyone berapa iuran ojol?"));
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18);
        await DiscordHarness.WaitUntilAsync(() => harness.Fake.Requests.Count(r => r.Body.Contains("\"content\"", StringComparison.Ordinal)) >= 3);

        var bodies = harness.Fake.Requests.Where(r => r.Body.Contains("\"content\"", StringComparison.Ordinal))
            .Select(r => r.Json.TryGetProperty("data", out var data) ? data : r.Json).ToList();
        Assert.All(bodies, b => Assert.Equal("[]", b.GetProperty("allowed_mentions").GetProperty("parse").GetRawText()));
    }

    [Fact]
    public async Task ContributionCommand_AnswersTheComputedContributionEphemerally()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_slash.json", 16, Command("iuran", ("penghasilan", 2500000), ("sektor", "transport")));
        var answer = await harness.AnswerToAsync("1461302895575171084");

        Assert.True(answer.Ephemeral && answer.Content.Contains("Rp2,500,000", StringComparison.Ordinal), answer.Message.GetRawText());
    }

    private static Action<JsonNode> Ask(string question) => Command("tanya", ("pertanyaan", question));

    private static Action<JsonNode> Command(string name, params (string Name, object Value)[] options) => d =>
    {
        d["data"]!["name"] = name;
        d["data"]!["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is string ? 3 : 4,
            ["value"] = o.Value is string s ? JsonValue.Create(s) : JsonValue.Create(Convert.ToInt64(o.Value, System.Globalization.CultureInfo.InvariantCulture)),
        }).ToArray());
    };

    private static Action<JsonNode> Click(string interactionId, string customId) => d =>
    {
        d["id"] = interactionId;
        d["data"]!["custom_id"] = customId;
    };

    private static void ValidForm(JsonNode d)
    {
        foreach (var label in d["data"]!["components"]!.AsArray())
        {
            var field = label!["component"]!;
            switch (field["custom_id"]!.GetValue<string>())
            {
                case "phone":
                    field["value"] = "0812 3456 7890";
                    break;
                case "district":
                    field["values"] = new JsonArray("Kota Serang");
                    break;
            }
        }
    }
}
