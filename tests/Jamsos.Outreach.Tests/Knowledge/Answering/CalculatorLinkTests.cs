using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>Issue 15, point 2: a computed contribution in the chat links to the site calculator with its figures.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class CalculatorLinkTests
{
    private const string BaseUrl = "https://jamsos.example/";
    private static readonly DateOnly Today = KnowledgeFixture.Today;

    private readonly KnowledgeFixture fixture;

    public CalculatorLinkTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData(Sector.Transport, Language.Id, true, "https://jamsos.example/kalkulator/?penghasilan=3000000&sektor=transportasi")]
    [InlineData(Sector.Other, Language.En, true, "https://jamsos.example/en/calculator/?penghasilan=3000000&sektor=lainnya")]
    [InlineData(Sector.GovernmentPaid, Language.Id, false, "https://jamsos.example/kalkulator/?sektor=pemerintah")]
    public void Url_Quote_IsTheCalculatorDeepLink(Sector sector, Language language, bool incomeStated, string expected)
    {
        var quote = fixture.Knowledge.Calculator.Calculate(3_000_000, sector, Today);

        var url = new CalculatorLink(BaseUrl).Url(quote, language, incomeStated);

        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromBaseUrl_NotSet_IsNull(string? baseUrl)
    {
        var link = CalculatorLink.FromBaseUrl(baseUrl);

        Assert.Null(link);
    }

    [Fact]
    public void Constructor_RelativeAddress_Throws()
    {
        var create = () => new CalculatorLink("jamsos.example");

        Assert.Throws<ArgumentException>(create);
    }

    [Fact]
    public void Answer_ComputedContributionWithALink_CarriesTheDeepLink()
    {
        var answerer = new Answerer(fixture.Knowledge, TestClock.At(Today), new AnswerOptions { CalculatorLink = new CalculatorLink(BaseUrl) });

        var url = answerer.Answer("sy ojol, penghasilan 3 juta iurannya brp", Today).CalculatorUrl;

        Assert.Equal("https://jamsos.example/kalkulator/?penghasilan=3000000&sektor=transportasi", url);
    }

    [Fact]
    public void Answer_ComputedContributionWithoutALink_LinksNowhere()
    {
        var answer = fixture.Answerer.Answer("sy ojol, penghasilan 3 juta iurannya brp", Today);

        Assert.Equal((null, false), (answer.CalculatorUrl, answer.Text.Contains("/kalkulator/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Answer_QuestionWithoutAComputedContribution_HasNoCalculatorLink()
    {
        var answerer = new Answerer(fixture.Knowledge, TestClock.At(Today), new AnswerOptions { CalculatorLink = new CalculatorLink(BaseUrl) });

        var url = answerer.Answer("cara daftar bpjs tk lewat jmo", Today).CalculatorUrl;

        Assert.Null(url);
    }
}
