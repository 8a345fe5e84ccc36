using System.Diagnostics;
using Jamsos.Outreach.Site.Steps;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// Runs the steps in order. The default pipeline is the whole site, read first and written last. The
/// one-time start-up work of the later steps runs beside the first ones (<see cref="ColdStart"/>).
/// </summary>
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
        new WriteWebAppStep(),
        new WriteOutputStep(),
    ]);

    public async Task<SiteBuild> BuildAsync(SiteOptions options, DateOnly today, string outputPath, CancellationToken cancellationToken = default)
    {
        var build = new SiteBuild(options, today, outputPath);
        var warmUp = ColdStart.Begin();
        try
        {
            foreach (var step in steps)
            {
                var timer = Stopwatch.StartNew();
                await step.ExecuteAsync(build, cancellationToken).ConfigureAwait(false);
                build.Timings.Add((step.Name, timer.Elapsed));
            }
        }
        finally
        {
            // Never left running: a failed step still waits for it (its own failure would show in the render).
            await warmUp.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }

        return build;
    }
}
