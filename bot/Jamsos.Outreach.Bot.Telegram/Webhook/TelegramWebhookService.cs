using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Webhook;

/// <summary>
/// Webhook mode as a hosted service: the routes (<see cref="TelegramWebhookRoutes"/>, on the shared
/// <see cref="HttpListeners"/> at Telegram:Webhook:ListenUrls, which Discord's interactions endpoint may
/// share) receive updates into a <see cref="ChatOrderedQueue"/>; workers handle
/// them; at start getMe, the command menu and setWebhook (URL, secret, allowed_updates, max_connections);
/// then getWebhookInfo every HealthCheckInterval for /healthz and the logs. The listener starts before
/// setWebhook, so the first delivery finds it. On shutdown the listener stops first and the queue is
/// drained. Updates accepted (200) but not yet handled when the process dies are lost: the price of
/// answering at once with an in-process queue; Telegram's own per-chat queueing makes that window small.
/// </summary>
internal sealed partial class TelegramWebhookService : BackgroundService
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly TelegramStartup startup;
    private readonly UpdateBatchRunner runner;
    private readonly TelegramClient client;
    private readonly TelegramOptions options;
    private readonly TelegramHealth health;
    private readonly IHostApplicationLifetime lifetime;
    private readonly TimeProvider clock;
    private readonly ILogger<TelegramWebhookService> logger;
    private readonly ChatOrderedQueue queue;
    private readonly HttpListeners listeners;
    private readonly TelegramWebhookRoutes routes;

    public TelegramWebhookService(
        TelegramStartup startup,
        UpdateBatchRunner runner,
        TelegramClient client,
        TelegramOptions options,
        TelegramHealth health,
        IHostApplicationLifetime lifetime,
        TimeProvider clock,
        ChatOrderedQueue queue,
        HttpListeners listeners,
        TelegramWebhookRoutes routes,
        ILogger<TelegramWebhookService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(queue);
        this.startup = startup;
        this.runner = runner;
        this.client = client;
        this.options = options;
        this.health = health;
        this.lifetime = lifetime;
        this.clock = clock;
        this.queue = queue;
        this.listeners = listeners;
        this.routes = routes;
        this.logger = logger;
        health.QueueLength = () => queue.Count;
    }

    /// <summary>The addresses Kestrel actually listens on (port 0 in tests becomes a real port).</summary>
    public IReadOnlyList<string> Addresses => listeners.AddressesOf(routes);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The listener stops first (shared with Discord's endpoint, if any: the host is stopping anyway),
        // so nothing new is accepted while the queue drains.
        await listeners.StopAsync(cancellationToken).ConfigureAwait(false);
        queue.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The listener must accept before setWebhook, so the first delivery finds it.
            await listeners.Started.WaitAsync(stoppingToken).ConfigureAwait(false);
            await startup.RunAsync(stoppingToken).ConfigureAwait(false);
            await startup.SetWebhookAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (TelegramApiException ex)
        {
            var reason = $"Telegram refused start-up: {ex.ErrorCode} {ex.Description}. Check Telegram:Token and Telegram:Webhook.";
            LogFatal(logger, reason);
            health.Fail(reason);
            lifetime.StopApplication();
            return;
        }

        // Workers drain the queue after shutdown starts, for at most DrainTimeout.
        using var drain = new CancellationTokenSource();
        using var registration = stoppingToken.Register(() => drain.CancelAfter(DrainTimeout));
        var workers = queue.RunAsync((update, ct) => runner.RunOneAsync(update, ct), drain.Token);
        await MonitorAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            await workers.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogDrainCut(logger, queue.Count);
        }
    }

    /// <summary>Reads getWebhookInfo periodically: a growing backlog or a new delivery error is logged and shown on /healthz.</summary>
    private async Task MonitorAsync(CancellationToken stoppingToken)
    {
        string? lastError = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var info = await client.GetWebhookInfoAsync(stoppingToken).ConfigureAwait(false);
                health.Contact(clock.GetUtcNow());
                health.Webhook(info.PendingUpdateCount, info.LastErrorMessage);
                if (info.LastErrorMessage is { } error && error != lastError)
                {
                    LogDeliveryError(logger, error, info.PendingUpdateCount);
                }

                lastError = info.LastErrorMessage;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
            {
                LogInfoFailed(logger, ex.Message);
            }

            try
            {
                await Task.Delay(options.Webhook.HealthCheckInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }


    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram channel stopped: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram reports webhook delivery trouble: {Error} ({Pending} updates pending)")]
    private static partial void LogDeliveryError(ILogger logger, string error, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getWebhookInfo failed: {Reason}")]
    private static partial void LogInfoFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown cut the Telegram queue short; {Count} accepted updates were not handled")]
    private static partial void LogDrainCut(ILogger logger, int count);
}
