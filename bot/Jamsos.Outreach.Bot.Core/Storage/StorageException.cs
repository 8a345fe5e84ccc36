namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// The database could not be used: its message is written for the person running the bot (which file,
/// what is wrong, what to do) and never contains personal data, so the host prints it instead of a
/// stack trace. The storage engine's own error (SQLite's, Npgsql's) stays available as the inner exception.
/// Every adapter turns its engine's failures into this one type, so callers catch one type whichever
/// provider is configured.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
