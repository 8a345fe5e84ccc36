namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>The ReminderStore contract against PostgreSQL (a fresh database on the test server).</summary>
public sealed class PostgresReminderStoreContractTests : ReminderStoreContract
{
    protected override Task<IStoreBackend> CreateBackendAsync() => PostgresBackend.CreateAsync();
}
