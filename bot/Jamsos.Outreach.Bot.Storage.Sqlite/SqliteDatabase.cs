using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// The one SQLite file behind every store: opens pooled connections with the pragmas below, brings the
/// schema up to date once (<see cref="CheckAsync"/>), and turns SQLite failures into
/// <see cref="StorageException"/>s that say which file and what to do.
/// </summary>
/// <remarks>
/// Durability: journal_mode=WAL with synchronous=FULL on every connection. In WAL mode NORMAL survives a
/// killed process (committed frames are in the OS page cache) but not a power cut or kernel crash: the
/// last commits can roll back. The bot tells a person "your sign-up is saved" right after the commit,
/// so that must stay true after a power cut too; FULL adds one fsync of the WAL per commit, and our
/// writes are human-paced (a message, a sign-up), so the cost is a few milliseconds where nobody waits.
/// Writes inside this process are serialised by a gate: SQLite has one writer anyway, and waiting on a
/// semaphore is fair and cheap where 200 connections spinning on busy_timeout are neither.
/// busy_timeout is then only for other processes (a backup, a second instance).
/// </remarks>
internal sealed partial class SqliteDatabase : IStorageCheck, IDisposable
{
    private readonly string connectionString;
    private readonly int busyTimeoutMilliseconds;
    private readonly bool createsFile;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly SemaphoreSlim readyGate = new(1, 1);
    private volatile bool ready;

    static SqliteDatabase()
    {
        // Loads the bundled native e_sqlite3 library; Init is idempotent, the static constructor makes it once.
        SQLitePCL.Batteries_V2.Init();
    }

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storage = options.Value;
        var builder = storage.TryBuild()
            ?? throw new StorageException("Storage:ConnectionString could not be read as a file path or a SQLite connection string.");
        builder.Mode = builder.Mode == SqliteOpenMode.ReadWrite ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate;
        createsFile = builder.Mode == SqliteOpenMode.ReadWriteCreate;

        // A shared cache would make connections of this process share one lock table and bypass WAL's
        // reader/writer concurrency.
        builder.Cache = SqliteCacheMode.Private;
        builder.Pooling = true;

        // Microsoft.Data.Sqlite retries a busy statement itself until DefaultTimeout (30 s unless set);
        // tied to busy_timeout so a locked file is reported after BusyTimeout, not half a minute.
        busyTimeoutMilliseconds = (int)storage.BusyTimeout.TotalMilliseconds;
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(storage.BusyTimeout.TotalSeconds));
        builder.DataSource = Path.GetFullPath(builder.DataSource);
        FilePath = builder.DataSource;
        connectionString = builder.ToString();
    }

    /// <summary>The full path of the database file (not personal data; it goes into error messages).</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens the file, switches it to WAL and applies missing migrations. The host calls this at start so
    /// a damaged, foreign or locked file stops the bot with a one-line reason; stores call it too, so
    /// it runs once whichever comes first.
    /// </summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        if (ready)
        {
            return;
        }

        await readyGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ready)
            {
                return;
            }

            var folder = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(folder))
            {
                CreateFolder(folder);
            }

            if (createsFile)
            {
                Protect(SqliteFileModes.CreateIfMissing);
            }

            await GuardAsync(
                async () =>
                {
                    var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        // WAL is a property of the file: set once, it stays for every later connection.
                        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
                        await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
                    }

                    return true;
                },
                "opening").ConfigureAwait(false);

            // The WAL and SHM files exist now (opening in WAL mode made them): owner-only too.
            Protect(SqliteFileModes.Restrict);
            ready = true;
        }
        finally
        {
            readyGate.Release();
        }
    }

    /// <summary>Runs a read on its own connection (WAL readers never wait for the writer).</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        return await GuardAsync(
            async () =>
            {
                var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    return await read(connection, cancellationToken).ConfigureAwait(false);
                }
            },
            "reading").ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a write in one immediate transaction and commits it before returning: when this completes the
    /// data is on disk. Commands must set <see cref="SqliteCommand.Transaction"/> to the given transaction.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        WriteAsync(write, durable: true, cancellationToken);

    /// <summary>
    /// A write with a chosen durability. Durable writes (sign-ups) keep synchronous=FULL: on disk when this
    /// returns, even across a power cut. Non-durable writes (conversation state, feedback, unanswered
    /// questions) use synchronous=NORMAL for their commit: in WAL mode that survives a killed process and
    /// only risks the last moments of chat state on a power cut, and it spares an fsync per chat message.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, bool durable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await GuardAsync(
                async () =>
                {
                    var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        if (!durable)
                        {
                            await ExecuteAsync(connection, null, "PRAGMA synchronous=NORMAL", cancellationToken).ConfigureAwait(false);
                        }

                        try
                        {
                        // Immediate: takes the write lock up front, so the reads inside the transaction see
                        // the state the write applies to (a deferred one could fail to upgrade with SQLITE_BUSY).
                        var transaction = connection.BeginTransaction(deferred: false);
                        await using (transaction.ConfigureAwait(false))
                        {
                            var result = await write(connection, transaction, cancellationToken).ConfigureAwait(false);
                            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                            return result;
                        }
                        }
                        finally
                        {
                            if (!durable)
                            {
                                // Pooled connections are reused for durable writes: restore FULL.
                                await ExecuteAsync(connection, null, "PRAGMA synchronous=FULL", CancellationToken.None).ConfigureAwait(false);
                            }
                        }
                    }
                },
                "writing to").ConfigureAwait(false);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Creates a command on <paramref name="connection"/> in <paramref name="transaction"/> (may be null for reads).</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public void Dispose()
    {
        // Closes the pooled handles of this file (tests delete it; the host is stopping).
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        writeGate.Dispose();
        readyGate.Dispose();
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per-connection settings, so set on every open (a pooled connection keeps them; setting them
            // again costs microseconds). The busy_timeout value is an int we computed, not input.
            // secure_delete: deleted rows are overwritten with zeros, not just unlinked, so what /hapus
            // deletes cannot be read back from the file's free pages.
            var pragmas = string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA busy_timeout={busyTimeoutMilliseconds}; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;");
            await ExecuteAsync(connection, null, pragmas, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"The folder {folder} for the database file cannot be created: {ex.Message}", ex);
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action, string doing)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new StorageException(SqliteErrorMessages.Describe(ex, FilePath, doing), ex);
        }
    }
}
