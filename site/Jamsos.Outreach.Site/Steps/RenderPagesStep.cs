using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Pages;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>Every page but the topic indexes: home, answers, calculator, contacts, joining, privacy, search, 404.</summary>
public sealed class RenderPagesStep : RenderStep
{
    public override string Name => "RenderPages";

    protected override IReadOnlyList<IPageSource> Sources { get; } =
    [
        new HomePages(),
        new AnswerPages(),
        new CalculatorPages(),
        new ContactPages(),
        new JoinPages(),
        new PrivacyPages(),
        new SearchPages(),
        new NotFoundPages(),
    ];
}
