namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ConversationStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresConversationStoreContractTests : ConversationStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
