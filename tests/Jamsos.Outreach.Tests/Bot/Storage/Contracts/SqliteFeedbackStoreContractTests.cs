namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The FeedbackStore contract against SQLite.</summary>
public sealed class SqliteFeedbackStoreContractTests : FeedbackStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
