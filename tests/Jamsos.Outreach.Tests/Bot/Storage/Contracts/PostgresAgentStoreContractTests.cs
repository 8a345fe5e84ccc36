namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The AgentStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresAgentStoreContractTests : AgentStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
