namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The SignUpStore contract against SQLite.</summary>
public sealed class SqliteSignUpStoreContractTests : SignUpStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
