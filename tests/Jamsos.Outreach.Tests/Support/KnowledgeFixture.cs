using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The real content/ folder, loaded once per test run and shared by every class in the
/// <see cref="KnowledgeCollectionDefinition"/>. The knowledge base and the answerer are immutable, so sharing is safe.
/// </summary>
public sealed class KnowledgeFixture
{
    /// <summary>The date the expectations in these tests are written for (inside both discount windows).</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    /// <summary>The site address <see cref="Linked"/> links to (the flyer's default, the longest we publish under).</summary>
    public const string SiteBaseUrl = "https://jamsos-outreach.netlify.app";

    private readonly Lazy<Answerer> linked;

    public KnowledgeFixture()
    {
        Root = ContentLocator.Locate();
        Knowledge = ContentLoader.Load(Root);
        Answerer = new Answerer(Knowledge, TestClock.At(Today));
        linked = new(() => new Answerer(Knowledge, TestClock.At(Today), new AnswerOptions
        {
            CalculatorLink = new CalculatorLink(SiteBaseUrl),
            PageLink = new PageLink(SiteBaseUrl),
        }));
    }

    /// <summary>An answerer configured with a site address (Site:BaseUrl): its answers carry the page and calculator links.</summary>
    public Answerer Linked => linked.Value;

    public string Root { get; }

    public KnowledgeBase Knowledge { get; }

    public Answerer Answerer { get; }
}
