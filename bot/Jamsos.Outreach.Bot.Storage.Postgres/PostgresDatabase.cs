using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// The one PostgreSQL data source behind every store: pooled connections, the schema brought up to date
/// once (<see cref="CheckAsync"/>), and Npgsql's failures turned into <see cref="StorageException"/>s that
/// say which server and what to do, so callers catch one type whichever store is configured.
/// </summary>
/// <remarks>
/// Unlike SQLite there is no in-process write gate: the server orders concurrent writes, and several bot
/// instances share it, so every guarantee (one claim per update id, one state per version, one lease per
/// broadcast) is made by a statement or a transaction on the server, never by a lock in this process.
/// </remarks>
internal sealed partial class PostgresDatabase : IStorageCheck, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim readyGate = new(1, 1);
    private volatile bool ready;

    public PostgresDatabase(IOptions<PostgresStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        Server = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>host:port/database, for error messages (never the user or password).</summary>
    public string Server { get; }

    /// <summary>
    /// Connects and applies missing migrations. The host calls this at start so an unreachable server or a
    /// refused login stops the bot with a one-line reason; stores call it too, so it runs once.
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

            await GuardAsync(
                async () =>
                {
                    var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
                    }

                    return true;
                },
                "opening").ConfigureAwait(false);
            ready = true;
        }
        finally
        {
            readyGate.Release();
        }
    }

    /// <summary>Runs a read on a pooled connection, outside any explicit transaction.</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        return await GuardAsync(
            async () =>
            {
                var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    return await read(connection, cancellationToken).ConfigureAwait(false);
                }
            },
            "reading").ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a write in one read-committed transaction and commits it before returning (synchronous_commit
    /// is the server's default, on: committed means on the server's disk). An exception from
    /// <paramref name="write"/> rolls everything back.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        return await GuardAsync(
            async () =>
            {
                var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        var result = await write(connection, transaction, cancellationToken).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return result;
                    }
                }
            },
            "writing to").ConfigureAwait(false);
    }

    /// <summary>A command on <paramref name="connection"/> in <paramref name="transaction"/> (null for reads), with named parameters.</summary>
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement and returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a query and reads each row with <paramref name="read"/>.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var rows = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }

                return rows;
            }
        }
    }

    /// <summary>timestamptz takes UTC only (Npgsql refuses another offset rather than guess).</summary>
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync().ConfigureAwait(false);
        readyGate.Dispose();
    }

    public void Dispose()
    {
        dataSource.Dispose();
        readyGate.Dispose();
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action, string doing)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            throw new StorageException(PostgresErrorMessages.Describe(ex, Server, doing), ex);
        }
    }
}
