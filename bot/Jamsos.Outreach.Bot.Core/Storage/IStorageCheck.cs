namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Opens the configured database and brings its schema up to date. The host calls it before serving, so
/// a wrong connection string, an unreachable server or a damaged file stops the start with one sentence
/// (a <see cref="StorageException"/>) instead of failing on the first message.
/// </summary>
public interface IStorageCheck
{
    Task CheckAsync(CancellationToken cancellationToken = default);
}
