namespace Jamsos.Outreach.Site.Generation;

/// <summary>A page after rendering: its metadata and its complete HTML document.</summary>
public sealed record RenderedPage(PageMeta Meta, string Html);
