namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The FeedbackStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresFeedbackStoreContractTests : FeedbackStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
