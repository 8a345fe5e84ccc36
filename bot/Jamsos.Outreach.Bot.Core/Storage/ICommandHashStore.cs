namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Remembers the hash of the command set last registered per scope, so a restart does not PUT an
/// unchanged set (new commands count against 200 creates a day per guild).
/// </summary>
public interface ICommandHashStore
{
    Task<string?> GetAsync(string scope, CancellationToken cancellationToken);

    Task SetAsync(string scope, string hash, CancellationToken cancellationToken);
}
