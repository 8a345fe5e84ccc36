using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// The payment reminders' hosted service: every Reminders:Interval (on the <see cref="TimeProvider"/>, so
/// tests run it in virtual time) one <see cref="ReminderDispatcher"/> run sends what is due. Every instance
/// runs it; the store's lease lets one send at a time. Storage trouble is logged and tried again next
/// interval; it never stops the bot.
/// </summary>
internal sealed partial class ReminderScheduler : BackgroundService
{
    private readonly ReminderDispatcher dispatcher;
    private readonly ReminderOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<ReminderScheduler> logger;

    public ReminderScheduler(ReminderDispatcher dispatcher, ReminderOptions options, TimeProvider clock, ILogger<ReminderScheduler> logger)
    {
        this.dispatcher = dispatcher;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var sent = await dispatcher.RunOnceAsync(stoppingToken).ConfigureAwait(false);
                    if (sent > 0)
                    {
                        LogSent(logger, sent);
                    }
                }
                catch (StorageException ex)
                {
                    LogFailed(logger, ex.Message);
                }

                await Task.Delay(options.Interval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a reminder claimed but not sent stays claimed (never sent twice).
        }
    }

    // Counts only: who got a reminder is personal data.
    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: sent {Count}")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminders: this run failed; trying again at the next interval: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
