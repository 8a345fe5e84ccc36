namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The BroadcastStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresBroadcastStoreContractTests : BroadcastStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
