using Jamsos.Outreach.Bot.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A fresh database on the test server (<see cref="PostgresServer"/>) for one test, with
/// <see cref="PostgresDatabase"/>s on it; dropped on dispose. One database per test keeps tests
/// independent and parallel without cleaning tables.
/// </summary>
internal sealed class TempPostgresDatabase : IAsyncDisposable
{
    private readonly string admin;
    private readonly List<PostgresDatabase> opened = [];

    private TempPostgresDatabase(string admin, string name)
    {
        this.admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TempPostgresDatabase> CreateAsync()
    {
        var admin = await PostgresServer.AdminConnectionStringAsync();
        var name = "jamsos_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name};");
        return new TempPostgresDatabase(admin, name);
    }

    /// <summary>A <see cref="PostgresDatabase"/> on this database, as one bot instance has; disposed with this.</summary>
    public PostgresDatabase Open()
    {
        var database = new PostgresDatabase(Options.Create(new PostgresStorageOptions { ConnectionString = ConnectionString }));
        opened.Add(database);
        return database;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public Task ExecuteAsync(string sql) => ExecuteAsync(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString, sql);

    public async ValueTask DisposeAsync()
    {
        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }

        // FORCE ends connections a failed test may have left open.
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE);");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
