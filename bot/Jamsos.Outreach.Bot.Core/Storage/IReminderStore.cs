using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Payment reminders (/pengingat), one per chat. The scheduler claims a reminder before sending it
/// (<see cref="TryClaimAsync"/> moves it to the next month in a compare-and-set), so a crash after the
/// claim never sends it twice, and two instances never both send it; a lease keeps a second instance's
/// scheduler idle while one runs.
/// </summary>
public interface IReminderStore
{
    /// <summary>Creates the chat's reminder or replaces its settings (the creation time is kept).</summary>
    Task UpsertAsync(PaymentReminder reminder, CancellationToken cancellationToken = default);

    Task<PaymentReminder?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default);

    /// <summary>Ends the chat's reminder; false when there was none.</summary>
    Task<bool> DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reminders on <paramref name="channels"/> whose <see cref="PaymentReminder.NextSendAt"/> is not after
    /// <paramref name="now"/>, oldest first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<PaymentReminder>> DueAsync(DateTimeOffset now, IReadOnlyCollection<string> channels, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the reminder for <paramref name="payDate"/>: only if it is still at that pay date, moves it to
    /// <paramref name="nextPayDate"/> / <paramref name="nextSendAt"/>, and when <paramref name="counted"/> adds one
    /// to the unconfirmed count (and to the lapse warnings when <paramref name="lapseWarning"/>). True when this
    /// caller claimed it and may send; false when another claimed it first, or it was changed or ended.
    /// </summary>
    Task<bool> TryClaimAsync(ChatKey chat, DateOnly payDate, DateOnly nextPayDate, DateTimeOffset nextSendAt, bool counted, bool lapseWarning, CancellationToken cancellationToken = default);

    /// <summary>"Sudah bayar": the unconfirmed count starts again at zero. False when the chat has no reminder.</summary>
    Task<bool> MarkPaidAsync(ChatKey chat, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>A new pay day, with its next pay date and send time. False when the chat has no reminder.</summary>
    Task<bool> ChangeDayAsync(ChatKey chat, int day, DateOnly nextPayDate, DateTimeOffset nextSendAt, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<ReminderCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes (or renews) the scheduler's lease for <paramref name="holder"/> until now + <paramref name="duration"/>.
    /// False while another holder's lease has not expired: one scheduler sends at a time across instances.
    /// </summary>
    Task<bool> TryLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease back (only if <paramref name="holder"/> still has it).</summary>
    Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default);
}
