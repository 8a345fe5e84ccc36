namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Reachability of chats per channel: who blocked the bot and which groups moved to a new id. A
/// channel keeps its own copy in memory and writes every change through, so it survives a restart.
/// </summary>
public interface IChatStatusStore
{
    /// <summary>Every chat of <paramref name="channel"/> whose status is not <see cref="ChatStatus.Active"/>.</summary>
    Task<IReadOnlyList<ChatStatusRecord>> ListAsync(string channel, CancellationToken cancellationToken = default);

    /// <summary>Records the chat's status, replacing what was known about it.</summary>
    Task SetAsync(string channel, ChatStatusRecord record, CancellationToken cancellationToken = default);
}
