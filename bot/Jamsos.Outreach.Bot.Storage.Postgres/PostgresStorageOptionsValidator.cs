using Microsoft.Extensions.Options;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Checks <see cref="PostgresStorageOptions"/> at start-up. Messages never repeat the connection string:
/// it may hold a password.
/// </summary>
internal sealed class PostgresStorageOptionsValidator : IValidateOptions<PostgresStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString must be set for Storage:Provider=Postgres (\"Host=…;Database=…;Username=…\").");
        }

        NpgsqlConnectionStringBuilder built;
        try
        {
            built = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is not a PostgreSQL connection string (expected \"Host=…;Database=…;Username=…\").");
        }

        if (string.IsNullOrWhiteSpace(built.Host))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString must name the PostgreSQL server with Host=… (Storage:Provider is Postgres).");
        }

        return ValidateOptionsResult.Success;
    }
}
