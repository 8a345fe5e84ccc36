using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Core.Conversations;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("*Siti* _Rahma_", "\\*Siti\\* \\_Rahma\\_")]
    [InlineData("<@&123> <#456> @everyone", "\\<@&123\\> \\<#456\\> @everyone")]
    [InlineData("# big\n- item\n1. first", "\\# big\n\\- item\n1\\. first")]
    [InlineData("a ~~b~~ `c` ||d|| > e \\ [f](g)", "a \\~\\~b\\~\\~ \\`c\\` \\|\\|d\\|\\| \\> e \\\\ \\[f\\](g)")]
    [InlineData("Rp 16.800 - 2 jam", "Rp 16.800 - 2 jam")]
    public void Escape_UserText_ShowsLiterally(string text, string expected)
    {
        Assert.Equal(expected, DiscordMarkdown.Escape(text));
    }

    [Fact]
    public void Render_BoldLinkAndBreaks_OnlyOurMarkupIsMarkup()
    {
        var text = new RichText().Plain("Halo ").Bold("*Siti*").Line().Link("BPJS [resmi]", "https://www.bpjsketenagakerjaan.go.id/");

        var rendered = DiscordMarkdown.Render(text);

        Assert.Equal("Halo **\\*Siti\\***\n[BPJS \\[resmi\\]](https://www.bpjsketenagakerjaan.go.id/)", rendered);
    }
}
