namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// A versioned write found another version than the one it was based on: another instance (or another
/// handler in this one) changed the chat's state since it was loaded. Nothing was written; the caller
/// loads the fresh state and handles the update again. Not a <see cref="StorageException"/>: the database
/// is fine, and retrying is the answer.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("The conversation state changed since it was loaded; load it again and retry.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
