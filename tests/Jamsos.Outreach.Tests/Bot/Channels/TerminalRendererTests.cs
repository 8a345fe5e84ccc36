using Jamsos.Outreach.Bot.Channels.Terminal;
using Jamsos.Outreach.Bot.Core.Conversations;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Channels;

public sealed class TerminalRendererTests
{
    [Fact]
    public void Render_NameWithTerminalEscapes_DropsControlCharacters()
    {
        var reply = Reply.Of(new RichText().Plain("Nama: ").Plain("Budi\u001b[31mMERAH\u0007"));

        var text = TerminalRenderer.Render(reply, out _);

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Render_Buttons_AreNumberedInOrder()
    {
        var reply = Reply.Of("Pilih:", [new Button("Ya", "v1:su:n:yes"), new Button("Tidak", "v1:su:n:no")]);

        var text = TerminalRenderer.Render(reply, out var choices);

        Assert.Equal((true, "v1:su:n:no"), (text.Contains("[2] Tidak", StringComparison.Ordinal), choices[1].Payload));
    }

    [Fact]
    public void Render_LinkButton_IsAPlainAddressLineAndNotANumberedChoice()
    {
        var reply = Reply.Of("Jawaban", [new Button("📖 Selengkapnya", "v1:mo:1:id:beasiswa"), Button.Link("🌐 Baca di situs", "https://jamsos.example/jkm/beasiswa/")]);

        var text = TerminalRenderer.Render(reply, out var choices);

        Assert.Equal((true, 1), (text.Contains("\n🌐 Baca di situs: https://jamsos.example/jkm/beasiswa/\n", StringComparison.Ordinal), choices.Count));
    }
}
