using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>What keeps deleted personal data out of the files: the WAL checkpoint after an erase, and owner-only file modes.</summary>
internal sealed partial class SqliteDatabase
{
    /// <summary>
    /// Copies every committed page from the WAL into the database file and empties the WAL
    /// (<c>wal_checkpoint(TRUNCATE)</c>), after an erase: until then the WAL still holds the pages as they
    /// were before the delete. Outside any transaction, behind the write gate (a checkpoint cannot finish
    /// while a write is open); readers of other processes can make it stop early, and then the next
    /// automatic checkpoint finishes the copy. Returns true when the WAL was fully emptied.
    /// </summary>
    public async Task<bool> TruncateWalAsync(CancellationToken cancellationToken)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await GuardAsync(
                async () =>
                {
                    var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        // One row: busy (0 or 1), WAL frames, frames checkpointed.
                        var command = Command(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);");
                        await using (command.ConfigureAwait(false))
                        {
                            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0;
                        }
                    }
                },
                "checkpointing").ConfigureAwait(false);
        }
        finally
        {
            writeGate.Release();
        }
    }

    private void Protect(Action<string> change)
    {
        try
        {
            change(FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"The database file {FilePath} cannot be made readable by this user only: {ex.Message}", ex);
        }
    }
}
