using System.Text.Json.Nodes;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>The brief's Discord fixtures (a copy of ../shared/protocols/fixtures/discord in Fixtures/discord).</summary>
public static class DiscordFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "discord", name));

    /// <summary>The "d" of a gateway fixture, as JSON text.</summary>
    public static string Data(string name) => JsonNode.Parse(Read(name))!["d"]!.ToJsonString();

    /// <summary>The "d" of a gateway fixture after <paramref name="edit"/>.</summary>
    public static string Data(string name, Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var data = JsonNode.Parse(Read(name))!["d"]!;
        edit(data);
        return data.ToJsonString();
    }
}
