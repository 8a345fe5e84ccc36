using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Postgres;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Options;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>The PostgreSQL database object: migrations at start, safe when instances start together, and errors as one sentence.</summary>
public sealed class PostgresDatabaseTests : IAsyncLifetime
{
    private TempPostgresDatabase temp = null!;

    public async Task InitializeAsync() => temp = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task CheckAsync_FreshDatabase_AppliesEveryMigration()
    {
        await temp.Open().CheckAsync();

        Assert.Equal(PostgresSchemaMigrations.All.Count, await temp.ScalarAsync("SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task CheckAsync_FiveInstancesStartingAtOnce_MigrateOnceWithoutError()
    {
        var instances = Enumerable.Range(0, 5).Select(_ => temp.Open()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.CheckAsync())));

        Assert.Equal((long)PostgresSchemaMigrations.All.Count, await temp.ScalarAsync("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task CheckAsync_Done_LeavesNoAdvisoryLockHeld()
    {
        await temp.Open().CheckAsync();

        Assert.Equal(0L, await temp.ScalarAsync("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database();"));
    }

    [Fact]
    public async Task CheckAsync_SchemaNewerThanTheBot_ThrowsStorageException()
    {
        await temp.Open().CheckAsync();
        await temp.ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (999, now());");

        var ex = await Assert.ThrowsAsync<StorageException>(() => temp.Open().CheckAsync());

        Assert.Contains("newer than this bot knows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_MissingDatabase_SaysSoWithoutThePassword()
    {
        var options = new PostgresStorageOptions { ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(temp.ConnectionString) { Database = temp.Name + "_missing", Password = "s3cret-pw" }.ConnectionString };
        using var database = new PostgresDatabase(Options.Create(options));

        var ex = await Assert.ThrowsAsync<StorageException>(() => database.CheckAsync());

        Assert.Equal((true, false), (ex.Message.Contains("no such database", StringComparison.Ordinal), ex.Message.Contains("s3cret-pw", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CheckAsync_NoServerOnThePort_SaysItCannotBeReached()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var database = new PostgresDatabase(Options.Create(new PostgresStorageOptions { ConnectionString = $"Host=127.0.0.1;Port={port};Username=nobody;Timeout=5" }));

        var ex = await Assert.ThrowsAsync<StorageException>(() => database.CheckAsync());

        Assert.Contains("cannot be reached", ex.Message, StringComparison.Ordinal);
    }
}
