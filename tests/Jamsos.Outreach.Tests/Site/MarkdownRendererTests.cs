using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Rendering;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

public sealed class MarkdownRendererTests
{
    private const string Table = "| Sektor | Bulan |\n|---|---|\n| Transportasi | Januari 2026 |\n";

    [Theory]
    [InlineData(Language.Id, "Tabel")]
    [InlineData(Language.En, "Table")]
    public void ToHtml_Table_SitsInANamedFocusableScrollBox(Language language, string label)
    {
        var html = MarkdownRenderer.ToHtml(Table, language);

        Assert.StartsWith($"<section class=\"wide\" tabindex=\"0\" aria-label=\"{label}\"><table>", html, StringComparison.Ordinal);
        Assert.EndsWith("</table></section>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_TableTagTypedAsText_IsEscapedAndNotWrapped()
    {
        var html = MarkdownRenderer.ToHtml("Tulis <table> di sini", Language.Id);

        Assert.Equal("<p>Tulis &lt;table&gt; di sini</p>", html);
    }
}
