namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The BroadcastStore contract against SQLite.</summary>
public sealed class SqliteBroadcastStoreContractTests : BroadcastStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
