namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The PersonalDataStore contract against SQLite.</summary>
public sealed class SqlitePersonalDataStoreContractTests : PersonalDataStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
