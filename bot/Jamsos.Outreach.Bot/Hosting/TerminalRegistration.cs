using Jamsos.Outreach.Bot.Channels.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Hosting;

internal static class TerminalRegistration
{
    public static IServiceCollection AddTerminalChannel(this IServiceCollection services, TextReader input, TextWriter output)
    {
        services.AddSingleton(new TerminalIO(input, output));
        services.AddHostedService<TerminalChannel>();
        return services;
    }
}
