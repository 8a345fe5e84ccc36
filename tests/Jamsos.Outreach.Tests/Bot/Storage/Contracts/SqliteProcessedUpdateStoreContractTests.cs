namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ProcessedUpdateStore contract against SQLite.</summary>
public sealed class SqliteProcessedUpdateStoreContractTests : ProcessedUpdateStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
