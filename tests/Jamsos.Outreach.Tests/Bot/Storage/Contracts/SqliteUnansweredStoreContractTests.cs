namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The UnansweredStore contract against SQLite.</summary>
public sealed class SqliteUnansweredStoreContractTests : UnansweredStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
