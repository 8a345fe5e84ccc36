namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// The secret salt of the person hash (<see cref="Privacy.IPersonHasher"/>) when it is not configured: made
/// once and kept in the database, so hashes stay the same across restarts and every instance on one
/// database computes the same hash for the same person.
/// </summary>
public interface IPersonHashSaltStore
{
    /// <summary>
    /// Stores <paramref name="candidate"/> when no salt is stored yet, then returns the stored salt: the
    /// candidate, or the one another instance stored first (insert-if-absent, then read, in one transaction).
    /// </summary>
    Task<byte[]> GetOrCreateAsync(byte[] candidate, CancellationToken cancellationToken = default);
}
