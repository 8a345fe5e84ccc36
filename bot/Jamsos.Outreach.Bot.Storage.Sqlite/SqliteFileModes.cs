namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// The database, its WAL and its shared-memory index hold personal data, so only the bot's own user may
/// read them (0600 on Unix). A new database file is created empty with that mode before SQLite opens it
/// (SQLite takes an empty file as an empty database), and SQLite's Unix VFS gives the -wal and -shm files
/// the database file's mode; files left 0644 by an older bot are tightened at every start.
/// </summary>
internal static class SqliteFileModes
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The companion files SQLite keeps next to the database in WAL mode.</summary>
    public static IEnumerable<string> FilesOf(string databasePath) => [databasePath, databasePath + "-wal", databasePath + "-shm"];

    /// <summary>Creates the database file empty, owner-only, when it does not exist yet.</summary>
    public static void CreateIfMissing(string databasePath)
    {
        if (OperatingSystem.IsWindows() || File.Exists(databasePath))
        {
            return;
        }

        try
        {
            using var created = new FileStream(
                databasePath,
                new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }
        catch (IOException) when (File.Exists(databasePath))
        {
            // Another process created it a moment ago; Restrict below still tightens its mode.
        }
    }

    /// <summary>Sets 0600 on the database, WAL and SHM files that exist.</summary>
    public static void Restrict(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in FilesOf(databasePath))
        {
            try
            {
                if (File.Exists(file) && File.GetUnixFileMode(file) != OwnerOnly)
                {
                    File.SetUnixFileMode(file, OwnerOnly);
                }
            }
            catch (FileNotFoundException)
            {
                // The -wal or -shm file was removed between the check and the change (the last connection closed).
            }
        }
    }
}
