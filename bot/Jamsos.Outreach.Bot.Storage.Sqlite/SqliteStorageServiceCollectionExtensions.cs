using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>Registers the SQLite adapters for the storage ports.</summary>
public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Storage" section (validated when the host starts), and registers one
    /// <see cref="SqliteDatabase"/> (also the <see cref="IStorageCheck"/>) and the stores as singletons:
    /// they hold no per-request state, and one database object means one write gate for the whole process.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<ISignUpStore, SqliteSignUpStore>();
        services.TryAddSingleton<IConversationStore, SqliteConversationStore>();
        services.TryAddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        services.TryAddSingleton<IUnansweredStore, SqliteUnansweredStore>();
        services.TryAddSingleton<IProcessedUpdateStore, SqliteProcessedUpdateStore>();
        services.TryAddSingleton<IChatStatusStore, SqliteChatStatusStore>();
        services.TryAddSingleton<IBroadcastStore, SqliteBroadcastStore>();
        services.TryAddSingleton<IPersonalDataStore, SqlitePersonalDataStore>();
        services.TryAddSingleton<IReminderStore, SqliteReminderStore>();
        services.TryAddSingleton<IAgentStore, SqliteAgentStore>();
        services.TryAddSingleton<IPersonHashSaltStore, SqlitePersonHashSaltStore>();
        services.TryAddSingleton<IStorageCheck>(sp => sp.GetRequiredService<SqliteDatabase>());

        // The Discord command hashes stay in Discord's own small files next to this database
        // (Discord:StateFolder): a single instance needs nothing more.
        return services;
    }
}
