using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Content;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class DiscordRendererTests
{
    private const string Owner = "816354164736131083";

    [Fact]
    public void Render_LongReplyWithButtons_ButtonsOnTheLastChunkOnly_AndNoPings()
    {
        var reply = new Reply(RichText.From(string.Join("\n\n", Enumerable.Range(0, 45).Select(_ => new string('x', 98)))), [[new Button("Menu", Payloads.Command("menu"))]]);

        var bodies = DiscordRenderer.Render(reply, Owner, ephemeral: true);

        Assert.True(bodies.Count == 3 && bodies.Take(bodies.Count - 1).All(b => b.Components is null) && bodies[^1].Components!.Count == 1
            && bodies.All(b => b.Flags == 64 && b.AllowedMentions!.Parse.Count == 0 && b.Content!.Length <= 2000));
    }

    [Fact]
    public void Rows_TheSixRowTopicMenu_RepackedIntoAtMostFiveRowsOfFive()
    {
        var rows = DiscordRenderer.Rows(Topics.Menu(Language.Id), Owner);

        Assert.True(rows.Count <= 5 && rows.All(r => r.Components!.Count <= 5) && rows.Sum(r => r.Components!.Count) == 12);
    }

    [Fact]
    public void Rows_AnAnswersSevenRows_JoinNeighboursAndKeepEveryRowTogetherInOrder()
    {
        // An answer's layout: more and site, calculator link, feedback, two related entries, next steps.
        IReadOnlyList<IReadOnlyList<Button>> answer =
        [
            [new Button("📖 Selengkapnya", "v1:mo:1:id:iuran-bpu"), Button.Link("🌐 Baca di situs", "https://jamsos.example/iuran/")],
            [Button.Link("🧮 Kalkulator", "https://jamsos.example/kalkulator/")],
            [new Button("👍 Membantu", Payloads.Feedback("iuran-bpu", helpful: true)), new Button("👎 Kurang membantu", Payloads.Feedback("iuran-bpu", helpful: false))],
            [new Button("Berapa iuran per penghasilan?", Payloads.Entry("iuran-per-penghasilan"))],
            [new Button("Apa saja rincian iuran?", Payloads.Entry("rincian-iuran"))],
            [new Button("Hitung iuran", Payloads.Command("iuran")), new Button("Menu", Payloads.Command("menu"))],
        ];

        var rows = DiscordRenderer.Rows(answer, Owner).Select(r => r.Components!.Select(b => b.Label!).ToArray()).ToArray();

        string[][] expected =
        [
            ["📖 Selengkapnya", "🌐 Baca di situs"],
            ["🧮 Kalkulator"],
            ["👍 Membantu", "👎 Kurang membantu"],
            ["Berapa iuran per penghasilan?", "Apa saja rincian iuran?"],
            ["Hitung iuran", "Menu"],
        ];
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Rows_CustomIdsCarryPayloadAndOwner_WithinOneHundredCharacters()
    {
        var longest = Payloads.Feedback(new string('e', 58), helpful: true);

        var rows = DiscordRenderer.Rows([[new Button("👍", longest), new Button("Coba lagi", DiscordCustomId.SignUpRetry)]], Owner);

        var ids = rows.Single().Components!.Select(b => b.CustomId!).ToList();
        Assert.Equal((longest + "#" + Owner, DiscordCustomId.SignUpRetry, true), (ids[0], ids[1], ids.All(id => id.Length <= 100)));
    }

    [Fact]
    public void Rows_LinkButton_IsStyleFiveWithTheUrlAndNoCustomId()
    {
        var rows = DiscordRenderer.Rows([[new Button("📖 Selengkapnya", "v1:mo:1:id:beasiswa"), Button.Link("🌐 Baca di situs", "https://jamsos.example/jkm/beasiswa/")]], Owner);

        var link = rows.Single().Components![1];
        Assert.Equal((5, "https://jamsos.example/jkm/beasiswa/", (string?)null), (link.Style!.Value, link.Url, link.CustomId));
    }

    [Fact]
    public void TryParse_OwnedPayload_GivesPayloadAndOwner()
    {
        var ok = DiscordCustomId.TryParse("v1:su:confirm#" + Owner, out var payload, out var owner);

        Assert.Equal((true, "v1:su:confirm", Owner), (ok, payload, owner));
    }

    [Theory]
    [InlineData("su:v1:start")]
    [InlineData("faq:v1:menu")]
    [InlineData("v2:su:confirm")]
    public void TryParse_NotAnEnginePayload_IsRefused(string customId)
    {
        Assert.False(DiscordCustomId.TryParse(customId, out _, out _));
    }
}
