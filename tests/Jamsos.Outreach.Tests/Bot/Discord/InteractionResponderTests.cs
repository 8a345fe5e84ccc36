using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using System.Text.Json;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class InteractionResponderTests
{
    [Fact]
    public async Task Respond_4500CharacterAnswer_CallbackPlusTwoFollowUps_ButtonsOnTheLast()
    {
        await using var harness = DiscordHarness.Create(factor: 2);
        var interaction = JsonSerializer.Deserialize(DiscordFixtures.Data("gateway_interaction_create_slash.json"), DiscordJsonContext.Default.Interaction)!;
        var reply = new Reply(RichText.From(string.Join("\n\n", Enumerable.Range(0, 45).Select(_ => new string('x', 98)))), [[new Button("Menu", Payloads.Command("menu"))]]);

        await harness.Get<InteractionResponder>().RespondAsync(interaction, harness.Clock.GetUtcNow(), false, _ => Task.FromResult(reply), CancellationToken.None);

        var sent = harness.Fake.Requests.Select(r => r.Json.TryGetProperty("data", out var d) && r.Path.EndsWith("/callback", StringComparison.Ordinal) ? d : r.Json).ToList();
        Assert.True(
            sent.Count == 3 && harness.Fake.Requests[0].Path.EndsWith("/callback", StringComparison.Ordinal)
            && harness.Fake.Requests.Skip(1).All(r => r.Method == "POST" && r.Path.EndsWith("/webhooks/1434829455360131073/" + interaction.Token, StringComparison.Ordinal))
            && sent.All(b => b.GetProperty("content").GetString()!.Length <= 2000)
            && !sent[0].TryGetProperty("components", out _) && !sent[1].TryGetProperty("components", out _) && sent[2].TryGetProperty("components", out _),
            string.Join("\n", harness.Fake.Requests.Select(r => r.ToString())));
    }
}
