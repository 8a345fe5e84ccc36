using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>Registers the PostgreSQL adapters for the storage ports.</summary>
public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Storage" section (validated when first used and when the host starts), and registers one
    /// <see cref="PostgresDatabase"/> (also the <see cref="IStorageCheck"/>) and every store as singletons.
    /// The command-hash store is registered here, before the Discord channel's file-based default, so
    /// several instances share one record of the registered commands.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PostgresStorageOptions>()
            .Bind(configuration.GetSection(PostgresStorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStorageOptions>, PostgresStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IStorageCheck>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.TryAddSingleton<ISignUpStore, PostgresSignUpStore>();
        services.TryAddSingleton<IConversationStore, PostgresConversationStore>();
        services.TryAddSingleton<IFeedbackStore, PostgresFeedbackStore>();
        services.TryAddSingleton<IUnansweredStore, PostgresUnansweredStore>();
        services.TryAddSingleton<IProcessedUpdateStore, PostgresProcessedUpdateStore>();
        services.TryAddSingleton<IChatStatusStore, PostgresChatStatusStore>();
        services.TryAddSingleton<IBroadcastStore, PostgresBroadcastStore>();
        services.TryAddSingleton<ICommandHashStore, PostgresCommandHashStore>();
        services.TryAddSingleton<IPersonalDataStore, PostgresPersonalDataStore>();
        services.TryAddSingleton<IReminderStore, PostgresReminderStore>();
        services.TryAddSingleton<IAgentStore, PostgresAgentStore>();
        services.TryAddSingleton<IPersonHashSaltStore, PostgresPersonHashSaltStore>();
        return services;
    }
}
