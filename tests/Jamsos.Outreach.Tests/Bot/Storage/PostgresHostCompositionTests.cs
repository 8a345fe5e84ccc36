using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The real host, configured as the README says (Storage:Provider=Postgres), keeps sign-ups on the server.</summary>
public sealed class PostgresHostCompositionTests : IAsyncLifetime
{
    private TempPostgresDatabase temp = null!;

    public async Task InitializeAsync() => temp = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task CreateBuilder_ProviderPostgres_StoresSignUpsOnTheServer()
    {
        string[] args = ["--Storage:Provider=Postgres", "--Storage:ConnectionString=" + temp.ConnectionString];
        using var host = BotHost.CreateBuilder(args, TimeProvider.System).Build();
        await host.Services.GetRequiredService<IStorageCheck>().CheckAsync();

        await host.Services.GetRequiredService<ISignUpStore>().UpsertAsync(SignUp());

        Assert.Equal(1L, await temp.ScalarAsync("SELECT COUNT(*) FROM signups;"));
    }
}
