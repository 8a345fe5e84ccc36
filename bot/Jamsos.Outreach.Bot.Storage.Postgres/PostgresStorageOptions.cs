namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// The "Storage" section when Storage:Provider is Postgres: <c>Storage__ConnectionString=Host=…;Database=…;Username=…</c>
/// (an Npgsql connection string; the password may come from PGPASSWORD or ~/.pgpass instead).
/// </summary>
internal sealed class PostgresStorageOptions
{
    public const string SectionName = "Storage";

    public string ConnectionString { get; set; } = string.Empty;
}
