using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Pages;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>One index page per topic and language, listing its answers.</summary>
public sealed class RenderIndexesStep : RenderStep
{
    public override string Name => "RenderIndexes";

    protected override IReadOnlyList<IPageSource> Sources { get; } = [new TopicIndexPages()];
}
