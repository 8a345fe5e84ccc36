using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Bot.Storage.Postgres;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The host picks the adapter from Storage:Provider and refuses what it cannot honour, in one sentence.</summary>
public sealed class StorageRegistrationTests
{
    [Fact]
    public void AddStorage_NoProvider_RegistersSqlite()
    {
        using var services = Build(new() { ["Storage:ConnectionString"] = Path.Combine(Path.GetTempPath(), "unused.db") });

        Assert.IsType<SqliteDatabase>(services.GetRequiredService<IStorageCheck>());
    }

    [Fact]
    public void AddStorage_Postgres_RegistersEveryPostgresStore()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=jamsos;Username=bot" });

        object[] resolved =
        [
            services.GetRequiredService<IStorageCheck>(), services.GetRequiredService<ISignUpStore>(), services.GetRequiredService<IConversationStore>(),
            services.GetRequiredService<IFeedbackStore>(), services.GetRequiredService<IUnansweredStore>(), services.GetRequiredService<IProcessedUpdateStore>(),
            services.GetRequiredService<IChatStatusStore>(), services.GetRequiredService<IBroadcastStore>(), services.GetRequiredService<ICommandHashStore>(),
            services.GetRequiredService<IPersonalDataStore>(),
        ];

        Assert.All(resolved, r => Assert.Equal(typeof(PostgresDatabase).Namespace, r.GetType().Namespace));
    }

    [Fact]
    public async Task CheckAsync_UnknownProvider_FailsNamingTheChoices()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Mongo" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => services.GetRequiredService<IStorageCheck>().CheckAsync());

        Assert.Contains("Storage:Provider 'Mongo' is not known: use Sqlite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_SqliteWithAServerConnectionString_FailsSayingSetTheProvider()
    {
        using var services = Build(new() { ["Storage:ConnectionString"] = "Host=db;Database=jamsos;Username=bot" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => services.GetRequiredService<IStorageCheck>().CheckAsync());

        Assert.Contains("set Storage:Provider to Postgres", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_PostgresWithoutConnectionString_Fails()
    {
        using var services = Build(new() { ["Storage:Provider"] = "postgresql" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => services.GetRequiredService<IStorageCheck>().CheckAsync());

        Assert.Contains("Storage:ConnectionString must be set", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
    }
}
