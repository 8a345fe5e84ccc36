
namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// The state one build carries from step to step: settings, then the content and assets read, the
/// pages rendered, and every output file (relative path → bytes) until WriteOutput writes them.
/// </summary>
public sealed class SiteBuild
{
    private SiteModel? site;

    public SiteBuild(SiteOptions options, DateOnly today, string outputPath)
    {
        Options = options;
        Today = today;
        OutputPath = outputPath;
    }

    public SiteOptions Options { get; }

    public DateOnly Today { get; }

    public string OutputPath { get; }

    public SiteModel Site
    {
        get => site ?? throw new InvalidOperationException("ReadContent has not run yet.");
        set => site = value;
    }

    public List<RenderedPage> Pages { get; } = [];

    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public List<(string Step, TimeSpan Elapsed)> Timings { get; } = [];

    public void AddFile(string relativePath, byte[] content)
    {
        if (!Files.TryAdd(relativePath, content))
        {
            throw new InvalidOperationException($"Two steps write the same file: {relativePath}");
        }
    }
}
