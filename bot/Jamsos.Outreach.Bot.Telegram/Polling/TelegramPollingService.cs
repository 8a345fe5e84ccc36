using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Core.Pacing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Polling;

/// <summary>
/// Long polling as a hosted service. Each getUpdates sends offset = 1 + the highest update id handled
/// (which acknowledges everything before it), limit 100, a 50 s server-side timeout (the client waits
/// longer, see <see cref="TelegramOptions.PollClientSlack"/>) and the allowed update types explicitly.
/// A batch is handled in update_id order per chat (<see cref="UpdateBatchRunner"/>) before the offset
/// moves on; on shutdown a last getUpdates with timeout 0 acknowledges it.
/// </summary>
/// <remarks>
/// Failures: 401 stops the channel (the token is wrong; the process exits non-zero). 409 "webhook is
/// active" → deleteWebhook once, then polling resumes. 409 "terminated by other getUpdates" → another
/// instance polls with this token: back off with jitter, and after
/// <see cref="TelegramOptions.MaxConsecutiveConflicts"/> in a row stop, so only one replica stays. 429
/// waits retry_after. 5xx and network errors back off exponentially with jitter (1 s, 2 s, 4 s … 30 s)
/// and re-send the same offset. An empty answer that comes back much sooner than the poll timeout (a
/// server not holding the poll) waits a moment, so the loop never spins.
/// </remarks>
internal sealed partial class TelegramPollingService : BackgroundService
{
    /// <summary>How long a batch in progress may still run after shutdown starts.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan MinimumPollInterval = TimeSpan.FromMilliseconds(500);

    private readonly TelegramClient client;
    private readonly TelegramStartup startup;
    private readonly UpdateBatchRunner runner;
    private readonly TelegramOptions options;
    private readonly TelegramHealth health;
    private readonly IHostApplicationLifetime lifetime;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly ILogger<TelegramPollingService> logger;

    public TelegramPollingService(
        TelegramClient client,
        TelegramStartup startup,
        UpdateBatchRunner runner,
        TelegramOptions options,
        TelegramHealth health,
        IHostApplicationLifetime lifetime,
        TimeProvider clock,
        ILogger<TelegramPollingService> logger,
        Random? random = null)
    {
        this.client = client;
        this.startup = startup;
        this.runner = runner;
        this.options = options;
        this.health = health;
        this.lifetime = lifetime;
        this.clock = clock;
        this.logger = logger;
        this.random = random ?? Random.Shared;
    }

    /// <summary>The next offset to send (1 + the highest update id handled), for tests and the shutdown acknowledgement.</summary>
    public int? Offset { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken).ConfigureAwait(false);
            await startup.DeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (TelegramApiException ex)
        {
            Stop($"Telegram refused start-up: {ex.ErrorCode} {ex.Description}. Check Telegram:Token.");
            return;
        }

        using var drain = new CancellationTokenSource();
        using var registration = stoppingToken.Register(() => drain.CancelAfter(DrainTimeout));
        await PollAsync(stoppingToken, drain.Token).ConfigureAwait(false);
        await AcknowledgeAsync().ConfigureAwait(false);
    }

    private async Task PollAsync(CancellationToken stoppingToken, CancellationToken drainToken)
    {
        var state = new PollState();
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = clock.GetUtcNow();
            var (keepPolling, updates) = await FetchAsync(state, stoppingToken).ConfigureAwait(false);
            if (!keepPolling)
            {
                return;
            }

            if (updates is null)
            {
                continue;
            }

            if (updates.Count == 0)
            {
                if (clock.GetUtcNow() - started < MinimumPollInterval)
                {
                    await WaitAsync(MinimumPollInterval, stoppingToken).ConfigureAwait(false);
                }

                continue;
            }

            try
            {
                await runner.RunAsync(updates, options.Concurrency, drainToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (drainToken.IsCancellationRequested)
            {
                // Shutdown cut the batch short: the offset stays, so the unhandled rest is redelivered
                // next time and the handled part is skipped as duplicates.
                return;
            }

            Offset = updates.Max(u => u.Id) + 1;
        }
    }

    /// <summary>
    /// One getUpdates. Returns the updates, or null after a failure that was waited out (poll again), and
    /// keepPolling false when the loop must end (shutdown, a refused token, another instance).
    /// </summary>
    private async Task<(bool KeepPolling, IReadOnlyList<Update>? Updates)> FetchAsync(PollState state, CancellationToken stoppingToken)
    {
        try
        {
            var updates = await client.GetUpdatesAsync(
                new GetUpdatesRequest { Offset = Offset, Limit = 100, Timeout = options.PollTimeoutSeconds, AllowedUpdates = TelegramOptions.AllowedUpdates },
                stoppingToken).ConfigureAwait(false);
            state.Answered();
            health.Contact(clock.GetUtcNow());
            return (true, updates);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return (false, null);
        }
        catch (TelegramApiException ex) when (ex.IsUnauthorized)
        {
            Stop("Telegram refused the token (401). Check Telegram:Token.");
            return (false, null);
        }
        catch (TelegramApiException ex)
        {
            return (await HandleRefusalAsync(ex, state, stoppingToken).ConfigureAwait(false), null);
        }
        catch (TelegramTransportException ex)
        {
            await BackOffAsync(state, ex.Message, stoppingToken).ConfigureAwait(false);
            return (true, null);
        }
    }

    /// <summary>A getUpdates the Bot API refused: 409 (webhook or another poller), 429, or anything else (back off).</summary>
    private async Task<bool> HandleRefusalAsync(TelegramApiException ex, PollState state, CancellationToken stoppingToken)
    {
        if (ex.IsWebhookActive && !state.WebhookDeleted)
        {
            LogWebhookActive(logger);
            state.WebhookDeleted = await TryAsync(() => client.DeleteWebhookAsync(false, stoppingToken)).ConfigureAwait(false);
            if (!state.WebhookDeleted)
            {
                await WaitAsync(Backoff.Delay(state.Failures++, options.RetryBaseDelay, options.RetryMaxDelay, random.NextDouble), stoppingToken).ConfigureAwait(false);
            }

            return true;
        }

        if (ex.IsConflict)
        {
            if (++state.Conflicts >= options.MaxConsecutiveConflicts)
            {
                Stop($"Telegram getUpdates conflicted {state.Conflicts} times in a row ({ex.Description}): another instance uses this token. Stopping this one.");
                return false;
            }

            var delay = options.ConflictDelay + Backoff.Delay(state.Conflicts - 1, options.ConflictDelay, options.RetryMaxDelay, random.NextDouble);
            LogConflict(logger, state.Conflicts, options.MaxConsecutiveConflicts, delay.TotalSeconds, ex.Description);
            await WaitAsync(delay, stoppingToken).ConfigureAwait(false);
            return true;
        }

        if (ex.IsTooManyRequests)
        {
            var delay = ex.RetryAfter ?? options.RetryBaseDelay;
            LogFlood(logger, delay.TotalSeconds);
            await WaitAsync(delay, stoppingToken).ConfigureAwait(false);
            return true;
        }

        await BackOffAsync(state, ex.Message, stoppingToken).ConfigureAwait(false);
        return true;
    }

    private async Task BackOffAsync(PollState state, string reason, CancellationToken stoppingToken)
    {
        var delay = Backoff.Delay(state.Failures++, options.RetryBaseDelay, options.RetryMaxDelay, random.NextDouble);
        LogPollFailed(logger, state.Failures, delay.TotalSeconds, reason);
        await WaitAsync(delay, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>One last poll with timeout 0 confirms the handled batch, so a restart does not see it again.</summary>
    private async Task AcknowledgeAsync()
    {
        if (Offset is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await client.GetUpdatesAsync(new GetUpdatesRequest { Offset = Offset, Limit = 1, Timeout = 0, AllowedUpdates = TelegramOptions.AllowedUpdates }, timeout.Token).ConfigureAwait(false);
            LogAcknowledged(logger, Offset.Value);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException or OperationCanceledException)
        {
            // Not fatal: the handled updates come back after a restart and are skipped as duplicates.
            LogAcknowledgeFailed(logger, ex.Message);
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryAsync(Func<Task<bool>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
        {
            LogPollFailed(logger, 1, 0, ex.Message);
            return false;
        }
    }

    private void Stop(string reason)
    {
        LogFatal(logger, reason);
        health.Fail(reason);
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram has a webhook set while this bot is configured for polling: deleting the webhook")]
    private static partial void LogWebhookActive(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram getUpdates conflict {Count}/{Max}: waiting {Seconds:0.0} s ({Description}). Is a second instance running with this token?")]
    private static partial void LogConflict(ILogger logger, int count, int max, double seconds, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram flood control on getUpdates: waiting {Seconds} s")]
    private static partial void LogFlood(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates failed ({Failures} in a row); retrying in {Seconds:0.0} s: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, int failures, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram updates acknowledged up to offset {Offset}")]
    private static partial void LogAcknowledged(ILogger logger, long offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The final Telegram acknowledgement failed: {Reason}")]
    private static partial void LogAcknowledgeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram channel stopped: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
