namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ReminderStore contract against SQLite.</summary>
public sealed class SqliteReminderStoreContractTests : ReminderStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => Task.FromResult<IStoreBackend>(new SqliteBackend());
}
