namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The PersonalDataStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresPersonalDataStoreContractTests : PersonalDataStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
