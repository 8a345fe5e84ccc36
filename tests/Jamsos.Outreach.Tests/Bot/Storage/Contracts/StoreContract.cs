using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>
/// Base of every store contract: a fresh backend (database) per test. Each contract is an abstract class
/// with one subclass per adapter, so SQLite and PostgreSQL pass the very same tests.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private IStoreBackend? backend;

    protected IStoreBackend Backend => backend ?? throw new InvalidOperationException("The backend is created in InitializeAsync.");

    public async Task InitializeAsync() => backend = await CreateBackendAsync();

    public async Task DisposeAsync()
    {
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
    }

    protected abstract Task<IStoreBackend> CreateBackendAsync();
}
