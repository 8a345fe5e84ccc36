using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Postgres;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

internal static class StorageRegistration
{
    /// <summary>
    /// The adapter Storage:Provider names (SQLite when unset), with its options validated at start. Runs
    /// before the channels are added, so an adapter's stores win over a channel's fallback (the Discord
    /// command hashes in files) where both exist.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageProviderOptions>().Bind(configuration.GetSection(StorageProviderOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageProviderOptions>, StorageProviderOptionsValidator>());
        return StorageProviderOptions.Parse(configuration[StorageProviderOptions.SectionName + ":Provider"]) switch
        {
            StorageProvider.Sqlite => services.AddSqliteStorage(configuration),
            StorageProvider.Postgres => services.AddPostgresStorage(configuration),
            _ => services.AddSingleton<IStorageCheck, UnknownStorageProvider>(),
        };
    }
}
