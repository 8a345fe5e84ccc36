namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The AgentStore contract against SQLite.</summary>
public sealed class SqliteAgentStoreContractTests : AgentStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
