using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class CommandRegistrarTests
{
    [Fact]
    public async Task Register_GuildConfigured_PutsTheGuildRoute()
    {
        await using var harness = DiscordHarness.Create(settings: new Dictionary<string, string?> { ["Discord:GuildId"] = DiscordHarness.GuildId });

        await harness.Get<CommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.Equal("/api/v10/applications/1434829455360131073/guilds/1242084411177041927/commands", harness.Fake.RequestsTo("PUT", "/commands").Single().Path);
    }

    [Fact]
    public async Task Register_NoGuild_PutsTheGlobalRoute()
    {
        await using var harness = DiscordHarness.Create();

        await harness.Get<CommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.Equal("/api/v10/applications/1434829455360131073/commands", harness.Fake.RequestsTo("PUT", "/commands").Single().Path);
    }

    [Fact]
    public async Task Register_Unchanged_IsSkippedTheSecondTime()
    {
        await using var harness = DiscordHarness.Create();
        var registrar = harness.Get<CommandRegistrar>();

        var first = await registrar.RegisterAsync(CancellationToken.None);
        var second = await registrar.RegisterAsync(CancellationToken.None);

        Assert.Equal((true, false, 1), (first, second, harness.Fake.RequestsTo("PUT", "/commands").Count()));
    }

    [Fact]
    public async Task Register_Body_HasTheFixturesShapeAndTheSixCommands()
    {
        await using var harness = DiscordHarness.Create();

        await harness.Get<CommandRegistrar>().RegisterAsync(CancellationToken.None);

        var sent = harness.Fake.RequestsTo("PUT", "/commands").Single().Json.EnumerateArray().ToList();
        var fixtureKeys = JsonDocument.Parse(DiscordFixtures.Read("commands_bulk_overwrite_request.json")).RootElement[0].EnumerateObject().Select(p => p.Name).Order();
        Assert.True(
            sent.Select(c => c.GetProperty("name").GetString()).SequenceEqual(["tanya", "iuran", "daftar", "datasaya", "pengingat", "hapus", "bantuan"])
            && sent.All(c => fixtureKeys.Where(k => k != "options").All(k => c.TryGetProperty(k, out _)) && c.GetProperty("description").GetString()!.Length <= 100),
            sent[0].GetRawText());
    }
}
