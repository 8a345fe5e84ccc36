namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The UnansweredStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresUnansweredStoreContractTests : UnansweredStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
