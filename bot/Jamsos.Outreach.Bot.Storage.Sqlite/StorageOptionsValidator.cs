using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Checks <see cref="StorageOptions"/> at start-up. Messages never repeat the connection string: it is a
/// path today, but connection strings are where secrets end up.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString must not be empty (a database file path or \"Data Source=...\").");
        }

        // "Host=db;Database=bot;..." is PostgreSQL's: Microsoft.Data.Sqlite would take it as a file path
        // and quietly create a file named after it, with every sign-up in it instead of the server.
        if (LooksLikeServerConnectionString(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:ConnectionString names a database server (Host=/Server=), which is not SQLite: set Storage:Provider to Postgres, or give a SQLite file path.");
        }

        var built = options.TryBuild();
        if (built is null)
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString could not be read as a file path or a SQLite connection string.");
        }

        // Every pooled connection to ":memory:" is its own empty database, so sign-ups would vanish
        // between two operations.
        if (built.Mode == SqliteOpenMode.Memory || string.Equals(built.DataSource, ":memory:", StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString must name a database file, not an in-memory database.");
        }

        if (built.Mode == SqliteOpenMode.ReadOnly)
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString must not be read-only: the bot writes sign-ups.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(5))
        {
            return ValidateOptionsResult.Fail("Storage:BusyTimeout must be between 0 and 5 minutes.");
        }

        return ValidateOptionsResult.Success;
    }

    /// <summary>True for a connection string with a server keyword (Host, Server, Port, Username...), which no SQLite string has.</summary>
    internal static bool LooksLikeServerConnectionString(string connectionString)
    {
        string[] serverKeywords = ["host", "server", "port", "username", "user id", "userid", "uid", "database"];
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && serverKeywords.Contains(part[..equals].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
