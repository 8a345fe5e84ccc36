using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// What a SQLite failure means for the person running the bot: which file, what is wrong, what to do.
/// Built from the result code only, so no row (and no personal data) ever reaches the message.
/// </summary>
internal static class SqliteErrorMessages
{
    /// <summary>A message for the operator from the SQLite result code (the primary code is the low byte).</summary>
    public static string Describe(SqliteException ex, string filePath, string doing)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return (ex.SqliteErrorCode & 0xFF) switch
        {
            SQLitePCL.raw.SQLITE_NOTADB =>
                $"The database file {filePath} is not a valid SQLite database. Move it aside (the bot then starts a new one) or restore a backup.",
            SQLitePCL.raw.SQLITE_CORRUPT =>
                $"The database file {filePath} is damaged. Stop the bot and restore a backup (or try the sqlite3 \".recover\" command on a copy).",
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED =>
                $"The database file {filePath} is locked by another process (a second bot, or a tool holding a transaction). Stop it and start again.",
            SQLitePCL.raw.SQLITE_CANTOPEN =>
                $"The database file {filePath} cannot be opened: check that its folder exists and this user may write there.",
            SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH =>
                $"The database file {filePath} is read-only for this user: the bot needs to write it and its folder.",
            SQLitePCL.raw.SQLITE_FULL =>
                $"The disk holding {filePath} is full: free some space and start again.",
            SQLitePCL.raw.SQLITE_IOERR =>
                $"The disk failed while {doing} the database file {filePath} (SQLite I/O error {ex.SqliteErrorCode}).",
            _ => $"SQLite error {ex.SqliteErrorCode} while {doing} the database file {filePath}.",
        };
    }
}
