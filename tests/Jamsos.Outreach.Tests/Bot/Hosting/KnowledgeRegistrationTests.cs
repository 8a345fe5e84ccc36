using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Hosting;

/// <summary>Site:BaseUrl (Site__BaseUrl) makes the host's answers link computed contributions to the site calculator.</summary>
public sealed class KnowledgeRegistrationTests
{
    private static readonly DateOnly Today = KnowledgeFixture.Today;

    [Fact]
    public void AddKnowledge_SiteBaseUrlSet_ContributionAnswerLinksTheCalculator()
    {
        using var provider = Provider("https://jamsos.example");

        var url = provider.GetRequiredService<Answerer>().Answer("sy ojol, penghasilan 3 juta iurannya brp", Today).CalculatorUrl;

        Assert.Equal("https://jamsos.example/kalkulator/?penghasilan=3000000&sektor=transportasi", url);
    }

    [Fact]
    public void AddKnowledge_SiteBaseUrlSet_AnswersLinkTheirSitePage()
    {
        using var provider = Provider("https://jamsos.example");

        var url = provider.GetRequiredService<Answerer>().AnswerEntry("beasiswa", Today, Outreach.Knowledge.Content.Language.En).PageUrl;

        Assert.Equal("https://jamsos.example/en/jkm/beasiswa/", url);
    }

    [Fact]
    public void AddKnowledge_SiteBaseUrlUnset_NoPageLink()
    {
        using var provider = Provider(null);

        var url = provider.GetRequiredService<Answerer>().AnswerEntry("beasiswa", Today, Outreach.Knowledge.Content.Language.Id).PageUrl;

        Assert.Null(url);
    }

    [Fact]
    public void AddKnowledge_SiteBaseUrlUnset_NoCalculatorLink()
    {
        using var provider = Provider(null);

        var link = provider.GetRequiredService<Answerer>().Options.CalculatorLink;

        Assert.Null(link);
    }

    private static ServiceProvider Provider(string? baseUrl)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Site:BaseUrl"] = baseUrl })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TestClock.At(Today));
        services.AddKnowledge(configuration);
        return services.BuildServiceProvider();
    }
}
