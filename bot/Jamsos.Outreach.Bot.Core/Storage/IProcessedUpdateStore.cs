namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Platform update ids already handled, so a redelivered update never produces a second reply or a
/// second sign-up (Telegram redelivers after a crash before the offset is acknowledged).
/// </summary>
public interface IProcessedUpdateStore
{
    /// <summary>Records the id; returns false when it was already recorded (the update is a duplicate).</summary>
    Task<bool> TryMarkAsync(string channel, string updateId, CancellationToken cancellationToken = default);

    /// <summary>Forgets ids older than <paramref name="before"/> (they cannot be redelivered any more).</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
