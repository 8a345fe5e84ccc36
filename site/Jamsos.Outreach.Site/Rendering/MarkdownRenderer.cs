using Jamsos.Outreach.Knowledge.Content;
using Markdig;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>
/// Turns entry bodies into HTML with one immutable Markdig pipeline built once. Raw HTML in Markdown is
/// switched off: content editors write Markdown only, so nothing in content can add a script or a style.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>
    /// The body as HTML. Every table sits in a box that scrolls sideways on its own when a phone is
    /// narrower than the table's words (WCAG 1.4.10: the page itself never scrolls sideways); the box can
    /// take keyboard focus, so it can be scrolled without a mouse, and is named for screen readers.
    /// Raw HTML is off, so a "&lt;table&gt;" in the output can only be a table Markdig made.
    /// </summary>
    public static string ToHtml(string markdown, Language language)
    {
        var html = Markdown.ToHtml(markdown, Pipeline).TrimEnd();
        if (!html.Contains("<table>", StringComparison.Ordinal))
        {
            return html;
        }

        var open = $"<section class=\"wide\" tabindex=\"0\" aria-label=\"{Ui.T(language, "Tabel", "Table")}\"><table>";
        return html.Replace("<table>", open, StringComparison.Ordinal).Replace("</table>", "</table></section>", StringComparison.Ordinal);
    }

    /// <summary>The text of a Markdown snippet without its markup, for descriptions and structured data.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
