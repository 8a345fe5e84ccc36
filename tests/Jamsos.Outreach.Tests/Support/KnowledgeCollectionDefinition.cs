using Xunit;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>Test classes that read the real content join this collection, so it is loaded only once.</summary>
[CollectionDefinition(Name)]
public sealed class KnowledgeCollectionDefinition : ICollectionFixture<KnowledgeFixture>
{
    public const string Name = "Real content";
}
