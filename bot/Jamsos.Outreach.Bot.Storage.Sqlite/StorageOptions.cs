using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// The "Storage" configuration section (<c>Storage__ConnectionString</c> in the environment). The
/// connection string may be a bare file path or a full Microsoft.Data.Sqlite connection string
/// ("Data Source=...;").
/// </summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string DefaultFileName = "jamsos.db";

    public string ConnectionString { get; set; } = DefaultDatabasePath();

    /// <summary>
    /// How long a write waits for another process holding the database lock before giving up. Five
    /// seconds covers a backup tool or a second bot instance finishing a transaction; longer only delays
    /// the "locked by another process" error at start.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>jamsos.db in the data folder of <see cref="DefaultDataFolder"/>.</summary>
    public static string DefaultDatabasePath() => Path.Combine(DefaultDataFolder(), DefaultFileName);

    /// <summary>The bot's local data folder (<see cref="LocalDataFolder"/>), where the file goes by default.</summary>
    public static string DefaultDataFolder() => LocalDataFolder.Default();

    /// <summary>See <see cref="LocalDataFolder.From"/>: only an absolute XDG_DATA_HOME wins.</summary>
    public static string DataFolderFrom(string? xdgDataHome, string localApplicationData) =>
        LocalDataFolder.From(xdgDataHome, localApplicationData);

    /// <summary>
    /// The connection string as Microsoft.Data.Sqlite reads it, or null when it cannot be read. A value
    /// is taken as a connection string only when it parses as one and names a data source, so a path that
    /// happens to contain "=" still works as a path.
    /// </summary>
    public SqliteConnectionStringBuilder? TryBuild()
    {
        var value = ConnectionString?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Contains('=', StringComparison.Ordinal))
        {
            try
            {
                var parsed = new SqliteConnectionStringBuilder(value);
                if (!string.IsNullOrWhiteSpace(parsed.DataSource))
                {
                    return parsed;
                }
            }
            catch (ArgumentException)
            {
                // Not a connection string (an unknown keyword such as "/data/a"): read it as a path below.
            }
        }

        return new SqliteConnectionStringBuilder { DataSource = value };
    }
}
