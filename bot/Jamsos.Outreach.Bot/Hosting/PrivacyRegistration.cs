using Jamsos.Outreach.Bot.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

internal static class PrivacyRegistration
{
    /// <summary>
    /// The person hasher and its salt (section "Privacy", validated at start), and the daily retention job.
    /// Call after AddStorage (the salt may live in the database) and before any channel, so the salt is in
    /// place before a message arrives.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>());
        services.AddSingleton<SaltedPersonHasher>();
        services.AddSingleton<IPersonHasher>(sp => sp.GetRequiredService<SaltedPersonHasher>());
        services.AddHostedService<PersonHashSaltProvisioner>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
