using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Core.Pacing;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>
/// Sends one message with the sending discipline: paced by <see cref="SendRateLimiter"/>, 429 waits
/// retry_after (the chat is paused meanwhile), 403 marks the chat blocked and stops, a migrated group is
/// followed once, and refused HTML is resent once as plain text.
/// </summary>
/// <remarks>
/// Idempotency: the Bot API has no idempotency key, so a sendMessage retried after the server accepted it
/// is a duplicate. We therefore retry only when the outcome is known to be "not sent": a 429; a 5xx that
/// is an answer (Bot API 500, or a proxy's 500/502/503: the call failed before or without producing a
/// message); and a network failure or timeout before the request body was fully written
/// (<see cref="TelegramTransportException.RequestSent"/> is false). A timeout or reset after the body was
/// written, a 504 or a 2xx we cannot parse leaves the outcome unknown: the message is not resent
/// (<see cref="SendOutcome.Unknown"/>, logged as a warning). We prefer a rare lost message to a
/// duplicate: the person can ask again, a double broadcast cannot be taken back.
/// </remarks>
internal sealed partial class TelegramSender
{
    private readonly TelegramClient client;
    private readonly SendRateLimiter limiter;
    private readonly TelegramChats chats;
    private readonly TelegramOptions options;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly ILogger<TelegramSender> logger;

    public TelegramSender(TelegramClient client, SendRateLimiter limiter, TelegramChats chats, TelegramOptions options, TimeProvider clock, ILogger<TelegramSender> logger, Random? random = null)
    {
        this.client = client;
        this.limiter = limiter;
        this.chats = chats;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
        this.random = random ?? Random.Shared;
    }

    /// <summary>Sends a rendered message to a chat (HTML, with a plain-text fallback).</summary>
    public Task<SendResult> SendAsync(long chatId, bool isGroup, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var preview = options.DisableLinkPreviews ? new LinkPreviewOptions { IsDisabled = true } : null;
        return ExecuteAsync(
            chatId,
            isGroup,
            (target, html, ct) => client.SendMessageAsync(
                new SendMessageRequest
                {
                    ChatId = target,
                    Text = html ? message.Html : message.PlainText,
                    ParseMode = html ? ParseMode.Html : ParseMode.None,
                    LinkPreviewOptions = preview,
                    ReplyMarkup = message.Markup,
                },
                ct),
            cancellationToken);
    }

    /// <summary>Sends a file with the same discipline.</summary>
    public Task<SendResult> SendDocumentAsync(long chatId, bool isGroup, string fileName, string contentType, byte[] content, CancellationToken cancellationToken) =>
        ExecuteAsync(chatId, isGroup, (target, _, ct) => client.SendDocumentAsync(target, fileName, contentType, content, null, ct), cancellationToken);

    /// <summary>One send with pacing, retries and the special refusals; <paramref name="send"/> gets the chat id and whether to use HTML.</summary>
    public async Task<SendResult> ExecuteAsync(long chatId, bool isGroup, Func<long, bool, CancellationToken, Task<Message>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        chatId = chats.Resolve(chatId);
        if (chats.IsBlocked(chatId))
        {
            return new SendResult(SendOutcome.Blocked, chatId);
        }

        var html = true;
        var migrated = false;
        for (var attempt = 1; ; attempt++)
        {
            await limiter.WaitAsync(chatId, isGroup, cancellationToken).ConfigureAwait(false);
            try
            {
                var sent = await send(chatId, html, cancellationToken).ConfigureAwait(false);
                return new SendResult(SendOutcome.Sent, chatId, sent);
            }
            catch (TelegramApiException ex) when (ex.IsTooManyRequests && attempt < options.MaxSendAttempts)
            {
                var wait = ex.RetryAfter ?? options.RetryBaseDelay;
                LogFlood(logger, chatId, wait.TotalSeconds);
                limiter.Pause(chatId, wait);
            }
            catch (TelegramApiException ex) when (ex.IsCannotParseEntities && html)
            {
                // Our escaping has a bug if this happens: say so, and resend exactly once as plain text.
                LogHtmlRefused(logger, ex.Description);
                html = false;
                attempt--;
            }
            catch (TelegramApiException ex) when (ex.MigrateToChatId is { } newId && !migrated)
            {
                LogMigrated(logger, chatId, newId);
                await chats.MigrateAsync(chatId, newId, cancellationToken).ConfigureAwait(false);
                chatId = newId;
                migrated = true;
                attempt--;
            }
            catch (TelegramApiException ex) when (ex.IsForbidden)
            {
                LogBlocked(logger, chatId, ex.Description);
                await chats.MarkBlockedAsync(chatId, cancellationToken).ConfigureAwait(false);
                return new SendResult(SendOutcome.Blocked, chatId);
            }
            catch (TelegramApiException ex) when (ex.IsServerError && attempt < options.MaxSendAttempts)
            {
                await BackOffAsync(attempt, ex.Message, cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException ex)
            {
                LogRefused(logger, chatId, ex.ErrorCode, ex.Description);
                return new SendResult(SendOutcome.Failed, chatId);
            }
            catch (TelegramTransportException ex) when (IsKnownNotSent(ex) && attempt < options.MaxSendAttempts)
            {
                await BackOffAsync(attempt, ex.Message, cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramTransportException ex) when (IsKnownNotSent(ex))
            {
                LogGaveUp(logger, chatId, ex.Message);
                return new SendResult(SendOutcome.Failed, chatId);
            }
            catch (TelegramTransportException ex)
            {
                LogUnknown(logger, chatId, ex.Message);
                return new SendResult(SendOutcome.Unknown, chatId);
            }
        }
    }

    /// <summary>True when the failure proves the server did not act on the request (see the class remarks).</summary>
    public static bool IsKnownNotSent(TelegramTransportException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return !ex.RequestSent || ex.StatusCode is 500 or 502 or 503;
    }

    private async Task BackOffAsync(int attempt, string reason, CancellationToken cancellationToken)
    {
        var delay = Backoff.Delay(attempt - 1, options.RetryBaseDelay, options.RetryMaxDelay, random.NextDouble);
        LogRetrying(logger, attempt, delay.TotalMilliseconds, reason);
        await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram flood control for chat {ChatId}: waiting {Seconds} s before retrying")]
    private static partial void LogFlood(ILogger logger, long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused our HTML ({Description}); resending once as plain text")]
    private static partial void LogHtmlRefused(ILogger logger, string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram group {ChatId} became supergroup {NewChatId}; following it")]
    private static partial void LogMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram chat {ChatId} is unreachable ({Description}); marked inactive")]
    private static partial void LogBlocked(ILogger logger, long chatId, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused a message to chat {ChatId}: {Code} {Description}")]
    private static partial void LogRefused(ILogger logger, long chatId, int code, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram send to chat {ChatId} failed after all retries: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram send to chat {ChatId} may or may not have arrived ({Reason}); not resent, to never send it twice")]
    private static partial void LogUnknown(ILogger logger, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram send attempt {Attempt} failed; retrying in {DelayMs} ms: {Reason}")]
    private static partial void LogRetrying(ILogger logger, int attempt, double delayMs, string reason);
}
