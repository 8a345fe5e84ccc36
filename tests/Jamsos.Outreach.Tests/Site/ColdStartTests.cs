using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The warm-up must take the paths real pages take, or it warms nothing they use.</summary>
public sealed class ColdStartTests
{
    [Fact]
    public async Task PageRendererWarmUp_RendersEscapedTextMarkupAndAChildComponent()
    {
        var html = await PageRenderer.WarmUpAsync();

        Assert.StartsWith("<p class=\"warm-up\" hidden>&lt;warm-up&gt;<b>&amp;</b><p class=\"warm-up\" hidden>&lt;warm-up&gt;<b>&amp;</b>&lt;warm-up&gt;</p></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageRendererWarmUp_AlsoRendersMarkdownAndStructuredData()
    {
        var html = await PageRenderer.WarmUpAsync();

        Assert.Equal((true, true), (html.Contains("<strong>warm-up</strong>", StringComparison.Ordinal), html.Contains("\"@type\":\"FAQPage\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Begin_TwiceInAProcess_IsOneRun()
    {
        var first = ColdStart.Begin();
        await first;

        Assert.Same(first, ColdStart.Begin());
    }
}
