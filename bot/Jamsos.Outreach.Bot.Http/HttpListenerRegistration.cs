using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jamsos.Outreach.Bot.Http;

/// <summary>Registers a channel's routes and, once per process, the shared <see cref="HttpListeners"/>.</summary>
public static class HttpListenerRegistration
{
    /// <summary>
    /// Adds <typeparamref name="T"/> as an <see cref="IHttpEndpoints"/> (and as itself). The listeners are
    /// registered before the first channel's own hosted services, so they start first and stop last.
    /// </summary>
    public static IServiceCollection AddHttpEndpoints<T>(this IServiceCollection services)
        where T : class, IHttpEndpoints
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(HttpListeners)))
        {
            services.AddSingleton<HttpListeners>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<HttpListeners>());
        }

        services.AddSingleton<T>();
        services.AddSingleton<IHttpEndpoints>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
