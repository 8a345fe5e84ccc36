using System.Text.Json.Nodes;
using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>
/// Issue 15, point 7, on Discord: a region typed in the sign-up modal that is both a Kota and a Kabupaten
/// ("bekasi") is asked about with one button each, sent as Discord components within Discord's limits, and
/// pressing one completes the region (the summary shows it, Send stores it).
/// </summary>
public sealed class RegionChoiceInteractionTests
{
    private const string Submit = "1461303335977091086";

    [Fact]
    public async Task ModalSubmit_AmbiguousRegion_ChoiceButtonsWithinDiscordsLimits()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18, Form("bekasi"));
        var answer = await harness.AnswerToAsync(Submit);

        var rows = answer.Message.GetProperty("components").EnumerateArray().ToList();
        var buttons = rows.SelectMany(r => r.GetProperty("components").EnumerateArray()).ToList();
        Assert.True(
            rows.Count is >= 1 and <= 5 && rows.All(r => r.GetProperty("type").GetInt32() == 1 && r.GetProperty("components").GetArrayLength() is >= 1 and <= 5)
            && buttons.All(b => b.GetProperty("type").GetInt32() == 2 && b.GetProperty("label").GetString()!.Length <= 80 && b.GetProperty("custom_id").GetString()!.Length is >= 1 and <= 100)
            && buttons.Select(b => b.GetProperty("label").GetString()).Take(2).SequenceEqual(["Kota Bekasi", "Kabupaten Bekasi"])
            && answer.Ephemeral && harness.Stores.SignUps.Count == 0,
            answer.Message.GetRawText());
    }

    [Fact]
    public async Task ChoicePressed_CompletesTheRegion_AndSendStoresIt()
    {
        await using var harness = DiscordHarness.Create();
        var connection = await harness.StartAndIdentifyAsync();
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_modal_submit.json", 18, Form("bekasi"));
        var question = await harness.AnswerToAsync(Submit);

        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 19, Click("1461303021404291111", CustomId(question, "Kabupaten Bekasi")));
        var summary = await harness.AnswerToAsync("1461303021404291111");
        await DiscordHarness.SendFixtureAsync(connection, "gateway_interaction_create_button.json", 20, Click("1461303021404291112", summary.FirstButtonId));
        await harness.AnswerToAsync("1461303021404291112");

        var stored = Assert.Single(harness.Stores.SignUps);
        Assert.Equal((true, "Kabupaten Bekasi"), (summary.Content.Contains("Kabupaten Bekasi", StringComparison.Ordinal), stored.Region));
    }

    /// <summary>Every name in the regency list that is a Kota and a Kabupaten renders as Discord accepts it.</summary>
    [Fact]
    public void Rows_EveryAmbiguousRegionQuestion_FitsDiscordsLimits()
    {
        var questions = Regencies.All.Select(r => r.Name.Replace("Kota ", string.Empty, StringComparison.Ordinal).Replace("Kabupaten ", string.Empty, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(name => SignUpFieldValidator.RegionChoices(name).Count > 1)
            .Select(name => SignUpPrompts.Prompt(new SignUpDraft(SignUpStep.RegionChoice, Region: name), Language.Id, ContactMethod.Discord))
            .ToList();

        var outside = questions
            .Select(q => DiscordRenderer.Rows(q.Buttons, DiscordHarness.UserId))
            .Where(rows => rows.Count > 5 || rows.Any(r => r.Components!.Count > 5 || r.Components.Any(b => b.Label!.Length > 80 || b.CustomId!.Length > 100)));
        Assert.Equal((true, 0), (questions.Count > 10, outside.Count()));
    }

    private static string CustomId(InteractionAnswer answer, string label) =>
        answer.Message.GetProperty("components").EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
            .Single(b => b.GetProperty("label").GetString() == label).GetProperty("custom_id").GetString()!;

    private static Action<JsonNode> Click(string interactionId, string customId) => d =>
    {
        d["id"] = interactionId;
        d["data"]!["custom_id"] = customId;
    };

    private static Action<JsonNode> Form(string region) => d =>
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
                    field["values"] = new JsonArray(region);
                    break;
            }
        }
    };
}
