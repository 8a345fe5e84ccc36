namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// One step of a build, named with a verb (ReadContent, RenderPages, …). Steps run in order over one
/// <see cref="SiteBuild"/>: the first reads everything, the last writes everything.
/// </summary>
public interface ISiteStep
{
    string Name { get; }

    Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken);
}
