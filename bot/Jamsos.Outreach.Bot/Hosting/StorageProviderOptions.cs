namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// Storage:Provider (<c>Storage__Provider</c>): which adapter holds the bot's data. SQLite, one file next
/// to one bot, is the default; Postgres is for several instances on one shared server.
/// </summary>
internal sealed class StorageProviderOptions
{
    public const string SectionName = "Storage";

    public string? Provider { get; set; }

    /// <summary>The provider named by <paramref name="value"/> (case-insensitive; empty means SQLite), or null when it names none.</summary>
    public static StorageProvider? Parse(string? value) =>
        value?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => StorageProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => StorageProvider.Postgres,
            _ => null,
        };
}
