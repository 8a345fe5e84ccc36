namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The PersonHashSaltStore contract against SQLite.</summary>
public sealed class SqlitePersonHashSaltStoreContractTests : PersonHashSaltStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
