using System.Diagnostics;
using Jamsos.Outreach.Site.Steps;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>Runs the steps in order. The default pipeline is the whole site, read first and written last.</summary>
public sealed class SiteGenerator
{
    private readonly IReadOnlyList<ISiteStep> steps;

    public SiteGenerator(IReadOnlyList<ISiteStep> steps)
    {
        this.steps = steps;
    }

    public static SiteGenerator Default() => new(
    [
        new ReadContentStep(),
        new RenderPagesStep(),
        new RenderIndexesStep(),
        new WriteSitemapStep(),
        new CopyAssetsStep(),
        new WriteOutputStep(),
    ]);

    public async Task<SiteBuild> BuildAsync(SiteOptions options, DateOnly today, string outputPath, CancellationToken cancellationToken = default)
    {
        var build = new SiteBuild(options, today, outputPath);
        foreach (var step in steps)
        {
            var timer = Stopwatch.StartNew();
            await step.ExecuteAsync(build, cancellationToken).ConfigureAwait(false);
            build.Timings.Add((step.Name, timer.Elapsed));
        }

        return build;
    }
}
