using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

/// <summary>Figures computed from content/data instead of being typed twice (content/README.md).</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class DerivedValuesTests
{
    private readonly KnowledgeFixture fixture;

    public DerivedValuesTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("iuran.lowest_base", 1_000_000)]
    [InlineData("iuran.highest_base", 20_700_000)]
    [InlineData("iuran.band_count", 33)]
    [InlineData("iuran.minimum_jkk", 10_000)]
    [InlineData("iuran.minimum", 16_800)]
    [InlineData("iuran.minimum_discounted", 8_400)]
    [InlineData("iuran.minimum_jht", 20_000)]
    [InlineData("iuran.minimum_with_jht", 36_800)]
    [InlineData("jkm.total", 42_000_000)]
    [InlineData("beasiswa.max_per_child", 87_000_000)]
    [InlineData("beasiswa.max_total", 174_000_000)]
    [InlineData("jkp.max_monthly", 3_000_000)]
    [InlineData("jkp.max_total", 18_000_000)]
    public void Number_DerivedKey_IsComputedFromTheData(string key, long expected)
    {
        var value = fixture.Knowledge.Catalog.Number(key);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Get_DerivedJkmTotal_CarriesItsInputsSources()
    {
        var total = fixture.Knowledge.Catalog.Get("jkm.total");

        Assert.Contains("PP 82/2019", total.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_JkmTotal_IsWrittenInMillions()
    {
        var text = fixture.Knowledge.Catalog.Text("jkm.total", Jamsos.Outreach.Knowledge.Content.Language.Id);

        Assert.Equal("Rp42 juta", text);
    }
}
