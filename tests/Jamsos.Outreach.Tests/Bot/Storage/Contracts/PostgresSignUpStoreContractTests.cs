namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The SignUpStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresSignUpStoreContractTests : SignUpStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
