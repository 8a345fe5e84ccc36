namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ProcessedUpdateStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresProcessedUpdateStoreContractTests : ProcessedUpdateStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
