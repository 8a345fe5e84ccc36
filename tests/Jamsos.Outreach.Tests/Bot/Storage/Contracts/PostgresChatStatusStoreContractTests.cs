namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ChatStatusStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresChatStatusStoreContractTests : ChatStatusStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
