using Jamsos.Outreach.Site.Rendering;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// A cold build spends most of its time doing things for the first time in the process: loading types
/// and compiling code. The renderer's share (HtmlRenderer, Markdig, the JSON writer) is done here once, on
/// a thread-pool thread, while the build's own thread reads the settings and parses the content's YAML:
/// the two cores then share the work instead of taking turns. Measured on the 155-page site (ReadyToRun,
/// medians of 15 interleaved runs): 407 → 320 ms a process. Warming YamlDotNet and the XML writer the
/// same way was tried and gained nothing (both cores are already busy), so it is not done.
/// It runs once per process: Program starts it first thing, and a build starts it where nothing has (the
/// tests). It changes no output: it renders a throw-away component.
/// </summary>
public static class ColdStart
{
    private static readonly Lazy<Task> Work = new(() => Task.Run(PageRenderer.WarmUpAsync));

    /// <summary>Starts the work (once); the task ends when it is done. A failure here also fails the build's own step.</summary>
    public static Task Begin() => Work.Value;
}
