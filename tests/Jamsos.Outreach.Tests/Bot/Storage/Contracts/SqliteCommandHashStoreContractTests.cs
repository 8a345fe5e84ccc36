namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The CommandHashStore contract for a single SQLite bot, whose hashes are Discord's files.</summary>
public sealed class SqliteCommandHashStoreContractTests : CommandHashStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
