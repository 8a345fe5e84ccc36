using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Requests;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Hosting;

/// <summary>
/// What both modes do first: getMe (checks the token, learns the username for /cmd@name), load the
/// chat directory, register the command menu. Network trouble is retried until it passes; a refused token
/// (401) is thrown. Old processed update ids are forgotten by the host's retention job
/// (Bot:ProcessedUpdateRetention), not here: one setting, one pruner for every channel.
/// </summary>
internal sealed partial class TelegramStartup
{
    private readonly TelegramClient client;
    private readonly TelegramBotInfo bot;
    private readonly TelegramChats chats;
    private readonly TelegramOptions options;
    private readonly TelegramHealth health;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly ILogger<TelegramStartup> logger;

    public TelegramStartup(
        TelegramClient client,
        TelegramBotInfo bot,
        TelegramChats chats,
        TelegramOptions options,
        TelegramHealth health,
        TimeProvider clock,
        ILogger<TelegramStartup> logger,
        Random? random = null)
    {
        this.client = client;
        this.bot = bot;
        this.chats = chats;
        this.options = options;
        this.health = health;
        this.clock = clock;
        this.logger = logger;
        this.random = random ?? Random.Shared;
    }

    public async Task<BotIdentity> RunAsync(CancellationToken cancellationToken)
    {
        var me = await RetryAsync(client.GetMeAsync, int.MaxValue, cancellationToken).ConfigureAwait(false);
        var identity = new BotIdentity(me.Id, me.Username ?? string.Empty);
        bot.Set(identity);
        health.Contact(clock.GetUtcNow());
        LogReady(logger, identity.Username, me.CanReadAllGroupMessages == true ? "off (sees every group message)" : "on");

        await chats.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (options.SetCommands)
        {
            foreach (var request in TelegramCommands.Requests())
            {
                try
                {
                    await RetryAsync(ct => client.SetMyCommandsAsync(request, ct), 3, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
                {
                    // The menu is a convenience: typed commands work without it.
                    LogCommandsFailed(logger, ex.Message);
                }
            }
        }

        return identity;
    }

    /// <summary>Polling mode: a webhook left over from webhook mode would make every getUpdates fail with 409.</summary>
    public Task<bool> DeleteWebhookAsync(CancellationToken cancellationToken) =>
        RetryAsync(ct => client.DeleteWebhookAsync(false, ct), int.MaxValue, cancellationToken);

    /// <summary>Webhook mode: (re)registers the URL with the secret, the update types and the connection limit.</summary>
    public Task<bool> SetWebhookAsync(CancellationToken cancellationToken) =>
        RetryAsync(
            ct => client.SetWebhookAsync(
                new SetWebhookRequest
                {
                    Url = options.Webhook.Url!,
                    SecretToken = options.Webhook.SecretToken,
                    AllowedUpdates = TelegramOptions.AllowedUpdates,
                    MaxConnections = options.Webhook.MaxConnections,
                    DropPendingUpdates = false,
                },
                ct),
            int.MaxValue,
            cancellationToken);

    private Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> call, int attempts, CancellationToken cancellationToken) =>
        IdempotentRetry.RunAsync(call, attempts, options, clock, random, (attempt, delay, ex) => LogRetry(logger, attempt, delay.TotalSeconds, ex.Message), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram bot @{Username} connected; privacy mode {Privacy}")]
    private static partial void LogReady(ILogger logger, string username, string privacy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering the Telegram command menu failed: {Reason}")]
    private static partial void LogCommandsFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram start-up call failed (attempt {Attempt}); retrying in {Seconds:0.0} s: {Reason}")]
    private static partial void LogRetry(ILogger logger, int attempt, double seconds, string reason);
}
