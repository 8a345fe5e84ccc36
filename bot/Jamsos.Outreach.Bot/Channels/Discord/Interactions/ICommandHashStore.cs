namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// Remembers the hash of the command set last registered per scope, so a restart does not PUT an
/// unchanged set (new commands count against 200 creates a day per guild).
/// </summary>
internal interface ICommandHashStore
{
    Task<string?> GetAsync(string scope, CancellationToken cancellationToken);

    Task SetAsync(string scope, string hash, CancellationToken cancellationToken);
}
