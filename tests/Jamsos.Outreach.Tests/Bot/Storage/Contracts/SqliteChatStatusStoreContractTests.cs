namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ChatStatusStore contract against SQLite.</summary>
public sealed class SqliteChatStatusStoreContractTests : ChatStatusStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
