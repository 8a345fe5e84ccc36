namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The PersonHashSaltStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresPersonHashSaltStoreContractTests : PersonHashSaltStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
