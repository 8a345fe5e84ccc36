using Jamsos.Outreach.Knowledge.Validation;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Validation;

/// <summary>check-content over the real content/ folder: the CI gate for content edits.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class RealContentValidationTests
{
    private readonly KnowledgeFixture fixture;

    public RealContentValidationTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void Check_RealContent_ReportsNoProblems()
    {
        var options = new ContentCheckOptions { Today = KnowledgeFixture.Today, MaxCheckedAgeDays = 365 };

        var errors = ContentValidator.Check(fixture.Root, options);

        Assert.True(errors.Count == 0, $"check-content found {errors.Count} problem(s):\n" + string.Join("\n", errors));
    }
}
