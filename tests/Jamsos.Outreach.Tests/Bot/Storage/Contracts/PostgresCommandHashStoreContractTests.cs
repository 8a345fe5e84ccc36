namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The CommandHashStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresCommandHashStoreContractTests : CommandHashStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
