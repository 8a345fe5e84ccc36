using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Hosting;

internal static class KnowledgeRegistration
{
    /// <summary>Content is read, validated and frozen once, at start-up; one Answerer serves every channel.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration.GetSection(ContentOptions.Section).Get<ContentOptions>()?.Path;
        services.AddSingleton(_ => ContentLoader.Load(ContentLocator.Locate(path)));
        // Site:BaseUrl unset: the chat links to neither the calculator nor the entry pages.
        var site = configuration["Site:BaseUrl"];
        services.AddSingleton(sp => new Answerer(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<TimeProvider>(), new AnswerOptions
        {
            CalculatorLink = CalculatorLink.FromBaseUrl(site),
            PageLink = PageLink.FromBaseUrl(site),
        }));
        return services;
    }
}
