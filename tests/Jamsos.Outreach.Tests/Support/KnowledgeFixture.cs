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

    public KnowledgeFixture()
    {
        Root = ContentLocator.Locate();
        Knowledge = ContentLoader.Load(Root);
        Answerer = new Answerer(Knowledge, TestClock.At(Today));
    }

    public string Root { get; }

    public KnowledgeBase Knowledge { get; }

    public Answerer Answerer { get; }
}
