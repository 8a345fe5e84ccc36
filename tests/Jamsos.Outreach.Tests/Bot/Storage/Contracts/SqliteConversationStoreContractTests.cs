namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ConversationStore contract against SQLite.</summary>
public sealed class SqliteConversationStoreContractTests : ConversationStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
