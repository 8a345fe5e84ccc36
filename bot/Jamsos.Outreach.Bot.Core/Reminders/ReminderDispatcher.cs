using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// One run of the reminder scheduler: under the store's lease (one sender across instances), finds the due
/// reminders of the channels this process can reach, claims each one (moving it to next month, counted)
/// and only then sends it, like a broadcast marks a recipient before the send: a crash after the claim loses
/// that month's reminder instead of sending it twice. A reminder whose pay day already passed (the bot was
/// down) is moved on without a message. A blocked bot or a gone chat ends the reminder.
/// </summary>
public sealed partial class ReminderDispatcher
{
    private readonly IReminderStore store;
    private readonly ReminderMessage message;
    private readonly Dictionary<string, IReminderSender> senders;
    private readonly ReminderOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    public ReminderDispatcher(IReminderStore store, ReminderMessage message, IEnumerable<IReminderSender> senders, ReminderOptions options, TimeProvider clock, ILogger<ReminderDispatcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(senders);
        this.store = store;
        this.message = message;
        this.senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
        this.options = options;
        this.clock = clock;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>This process as a lease holder: host, process id and a random part (a restarted process is a new holder).</summary>
    public string Holder { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Sends what is due now; returns how many reminders went out. Zero when another instance holds the lease.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (senders.Count == 0 || !await store.TryLeaseAsync(Holder, options.Lease, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var sent = 0;
        try
        {
            var due = await store.DueAsync(clock.GetUtcNow(), senders.Keys, options.BatchSize, cancellationToken).ConfigureAwait(false);
            foreach (var reminder in due)
            {
                // Renewed before every send: a run that lost its lease (a long pause) stops taking reminders.
                if (!await store.TryLeaseAsync(Holder, options.Lease, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                sent += await SendOneAsync(reminder, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
        }
        finally
        {
            await store.ReleaseLeaseAsync(Holder, CancellationToken.None).ConfigureAwait(false);
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(PaymentReminder reminder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var chat = reminder.Chat;
        if (ReminderSchedule.JakartaDate(now) > reminder.NextPayDate)
        {
            // Too late for this month (the scheduler was not running): move on to the next reminder still to come.
            var skipTo = ReminderSchedule.NextPayDate(reminder.Day, now, options.SendTime);
            await store.TryClaimAsync(chat, reminder.NextPayDate, skipTo, ReminderSchedule.SendAt(skipTo, options.SendTime), counted: false, lapseWarning: false, cancellationToken).ConfigureAwait(false);
            LogSkipped(logger, chat.Channel);
            return false;
        }

        var next = reminder.NextPayDate.AddMonths(1);
        var unconfirmed = reminder.Unconfirmed + 1;
        var warn = message.IsLapseWarning(unconfirmed);
        if (!await store.TryClaimAsync(chat, reminder.NextPayDate, next, ReminderSchedule.SendAt(next, options.SendTime), counted: true, warn, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        ReminderDelivery delivery;
        try
        {
            delivery = await senders[chat.Channel].SendAsync(chat.ChatId, message.Build(reminder, unconfirmed), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Claimed already, so not resent: a reminder lost is better than one sent twice.
            LogSendFailed(logger, ex, chat.Channel);
            return false;
        }

        if (delivery == ReminderDelivery.Blocked)
        {
            await store.DeleteAsync(chat, cancellationToken).ConfigureAwait(false);
            LogEnded(logger, chat.Channel);
        }

        return delivery == ReminderDelivery.Sent;
    }

    // The channel only: chat ids are personal data and stay out of the log.
    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} reminder's pay day had passed before it could be sent; moved to the next month")]
    private static partial void LogSkipped(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a {Channel} reminder failed; it is not resent")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} chat blocked the bot or is gone; its reminder was ended")]
    private static partial void LogEnded(ILogger logger, string channel);
}
