namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Progress of a broadcast per recipient. Every status change is durable before the call returns, so
/// after a crash the store says exactly who got the message and nobody is sent it twice.
/// </summary>
public interface IBroadcastStore
{
    /// <summary>
    /// Creates the broadcast with its recipients (true), or finds it (false: a resume). The recipient list
    /// is fixed when the broadcast is first created. Throws when the id exists with another text.
    /// </summary>
    Task<bool> CreateAsync(string id, string channel, string textSha256, IReadOnlyCollection<string> chatIds, CancellationToken cancellationToken = default);

    /// <summary>Recipients left in <see cref="RecipientStatus.Sending"/> by a crash become <see cref="RecipientStatus.Unknown"/>; returns how many.</summary>
    Task<int> SettleInterruptedAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The chat ids still <see cref="RecipientStatus.Pending"/>, in a stable order.</summary>
    Task<IReadOnlyList<string>> PendingAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Records a recipient's new status, durably, before returning.</summary>
    Task SetAsync(string id, string chatId, RecipientStatus status, CancellationToken cancellationToken = default);

    Task<BroadcastSummary> SummaryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks the broadcast finished (the first time only).</summary>
    Task FinishAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes (or renews) the broadcast's lease for <paramref name="holder"/> until now + <paramref name="duration"/>.
    /// False while another holder's lease has not expired: two instances (or two runs) never send the same
    /// broadcast at once. A holder that dies simply lets its lease expire.
    /// </summary>
    Task<bool> TryLeaseAsync(string id, string holder, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease back (only if <paramref name="holder"/> still has it).</summary>
    Task ReleaseLeaseAsync(string id, string holder, CancellationToken cancellationToken = default);
}
