using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Times are stored as ISO-8601 UTC text in the round-trip format ("2026-11-21T05:00:00.0000000Z"):
/// readable in the sqlite3 shell and in exports, and, being fixed-width UTC, text order is time order,
/// so "since" filters and pruning compare strings with the indexes.
/// </summary>
internal static class SqliteTime
{
    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads a stored time; a malformed one throws <see cref="StorageException"/> naming only the column.</summary>
    public static DateTimeOffset Parse(string text, string table, string column)
    {
        if (DateTime.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var utc)
            && utc.Kind == DateTimeKind.Utc)
        {
            return new DateTimeOffset(utc);
        }

        throw new StorageException($"A row in {table} has an unreadable time in {column}; the database was edited by hand or is damaged.");
    }
}
