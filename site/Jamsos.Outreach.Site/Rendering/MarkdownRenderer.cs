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

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline).TrimEnd();

    /// <summary>The text of a Markdown snippet without its markup, for descriptions and structured data.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
