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
}
