using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>Opening, migrating and failing clearly, against real files.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public async Task CheckAsync_NewFile_AppliesEveryMigration()
    {
        await temp.Database.CheckAsync();

        Assert.Equal((long)SchemaMigrations.All.Count, temp.Scalar("SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task CheckAsync_NewFile_TurnsWalOn()
    {
        await temp.Database.CheckAsync();

        Assert.Equal("wal", temp.Scalar("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task CheckAsync_Reopened_LeavesSchemaVersionUnchanged()
    {
        await temp.Database.CheckAsync();
        var before = SchemaVersionRows();

        await temp.Open().CheckAsync();

        Assert.Equal(before, SchemaVersionRows());
    }

    [Fact]
    public async Task CheckAsync_Reopened_KeepsTheData()
    {
        await new SqliteSignUpStore(temp.Database).UpsertAsync(SignUp());

        var reopened = new SqliteSignUpStore(temp.Open());

        Assert.NotNull(await reopened.FindByPhoneAsync("+6281234567890"));
    }

    [Fact]
    public async Task CheckAsync_MissingFolder_CreatesItAndTheFile()
    {
        var path = Path.Combine(temp.Folder, "a", "b", "jamsos.db");

        await temp.Open(path).CheckAsync();

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task CheckAsync_GarbageFile_ThrowsStorageExceptionNamingTheFile()
    {
        await File.WriteAllTextAsync(temp.FilePath, string.Concat(Enumerable.Repeat("this is not a database. ", 200)));

        var error = await Assert.ThrowsAsync<StorageException>(() => temp.Database.CheckAsync());

        Assert.Equal(
            $"The database file {temp.FilePath} is not a valid SQLite database. Move it aside (the bot then starts a new one) or restore a backup.",
            error.Message);
    }

    [Fact]
    public async Task UpsertAsync_GarbageFile_ThrowsStorageException()
    {
        await File.WriteAllTextAsync(temp.FilePath, string.Concat(Enumerable.Repeat("this is not a database. ", 200)));
        var store = new SqliteSignUpStore(temp.Database);

        await Assert.ThrowsAsync<StorageException>(() => store.UpsertAsync(SignUp()));
    }

    [Fact]
    public async Task CheckAsync_FileLockedByAnotherConnection_ThrowsStorageExceptionSayingLocked()
    {
        using var holder = temp.OpenRaw();
        using (var command = holder.CreateCommand())
        {
            // A rollback-journal file under an exclusive write lock: nobody else can even read it.
            command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE squatter (x);";
            command.ExecuteNonQuery();
        }

        var database = temp.Open(busyTimeout: TimeSpan.FromMilliseconds(100));

        var error = await Assert.ThrowsAsync<StorageException>(() => database.CheckAsync());
        Assert.Contains("is locked by another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_SchemaFromNewerBot_ThrowsStorageException()
    {
        await temp.Database.CheckAsync();
        temp.Execute("INSERT INTO schema_version (version, applied_at) VALUES (999, '2030-01-01T00:00:00.0000000Z');");

        var error = await Assert.ThrowsAsync<StorageException>(() => temp.Open().CheckAsync());

        Assert.Contains("newer than this bot knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_ConcurrentFirstUse_AppliesMigrationsOnce()
    {
        var databases = Enumerable.Range(0, 4).Select(_ => temp.Open()).ToList();

        await Task.WhenAll(databases.Select(d => Task.Run(() => d.CheckAsync())));

        Assert.Equal((long)SchemaMigrations.All.Count, temp.Scalar("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public void Constructor_FullConnectionString_UsesItsDataSource()
    {
        var database = temp.Open($"Data Source={temp.FilePath};Cache=Shared");

        Assert.Equal(temp.FilePath, database.FilePath);
    }

    public void Dispose() => temp.Dispose();

    private string SchemaVersionRows()
    {
        using var connection = temp.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version || '@' || applied_at, ';') FROM (SELECT * FROM schema_version ORDER BY version);";
        return (string)command.ExecuteScalar()!;
    }
}
