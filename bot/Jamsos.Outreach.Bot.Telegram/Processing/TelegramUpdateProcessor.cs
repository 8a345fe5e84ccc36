using System.Globalization;
using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>
/// Handles one update, whether it came from polling or the webhook: map it, claim its id, answer a
/// button press at once, run the engine, deliver the reply.
/// </summary>
/// <remarks>
/// Exactly-once towards people: the update id is claimed in <see cref="IProcessedUpdateStore"/> (an
/// atomic insert, in SQLite) before anything is done, so a redelivered update (a crash before the
/// offset was acknowledged, a webhook retry, the same POST twice at once) is skipped: no second reply,
/// no second sign-up, no second answerCallbackQuery. The price is at-most-once: a crash between the
/// claim and the reply loses that reply, and the person asks again. Updates with nothing to do are not
/// claimed (no write for them).
/// </remarks>
internal sealed partial class TelegramUpdateProcessor
{
    private readonly ConversationEngine engine;
    private readonly IProcessedUpdateStore processed;
    private readonly TelegramClient client;
    private readonly TelegramReplyDelivery delivery;
    private readonly TelegramChats chats;
    private readonly TelegramBotInfo bot;
    private readonly SendRateLimiter limiter;
    private readonly TimeProvider clock;
    private readonly ILogger<TelegramUpdateProcessor> logger;

    public TelegramUpdateProcessor(
        ConversationEngine engine,
        IProcessedUpdateStore processed,
        TelegramClient client,
        TelegramReplyDelivery delivery,
        TelegramChats chats,
        TelegramBotInfo bot,
        SendRateLimiter limiter,
        TimeProvider clock,
        ILogger<TelegramUpdateProcessor> logger)
    {
        this.engine = engine;
        this.processed = processed;
        this.client = client;
        this.delivery = delivery;
        this.chats = chats;
        this.bot = bot;
        this.limiter = limiter;
        this.clock = clock;
        this.logger = logger;
    }

    public async Task<UpdateDisposition> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var inbound = UpdateMapper.Map(update, bot.Identity, clock.GetUtcNow());
        if (inbound.Kind == InboundKind.Ignored)
        {
            LogIgnored(logger, update.Id, inbound.Reason ?? string.Empty);
            return UpdateDisposition.Ignored;
        }

        if (!await processed.TryMarkAsync(UpdateMapper.Channel, update.Id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(logger, update.Id);
            return UpdateDisposition.Duplicate;
        }

        switch (inbound.Kind)
        {
            case InboundKind.Migrated:
                await chats.MigrateAsync(inbound.ChatId, inbound.MigrateToChatId!.Value, cancellationToken).ConfigureAwait(false);
                return UpdateDisposition.Handled;
            case InboundKind.Membership when inbound.Blocked:
                await chats.MarkBlockedAsync(inbound.ChatId, cancellationToken).ConfigureAwait(false);
                return UpdateDisposition.Handled;
            case InboundKind.Membership:
                await chats.MarkActiveAsync(inbound.ChatId, cancellationToken).ConfigureAwait(false);
                return UpdateDisposition.Handled;
        }

        if (inbound.Message is not { } message)
        {
            if (inbound.Callback is { } unusable)
            {
                await AnswerAsync(unusable, toast: null, cancellationToken).ConfigureAwait(false);
            }

            return UpdateDisposition.Handled;
        }

        Reply reply;
        try
        {
            // A person who writes again has unblocked the bot.
            await chats.MarkActiveAsync(inbound.IsGroup ? inbound.ChatId : inbound.UserId, cancellationToken).ConfigureAwait(false);
            reply = await engine.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch when (inbound.Callback is not null)
        {
            // The spinner stops even when the turn fails; the failure itself goes on to the caller.
            await AnswerAsync(inbound.Callback, toast: null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (inbound.Callback is { } pressed)
        {
            await AnswerAsync(pressed, reply.Toast, cancellationToken).ConfigureAwait(false);
            await MarkChoiceAsync(inbound, pressed, message.Payload, reply, cancellationToken).ConfigureAwait(false);
        }

        await delivery.DeliverAsync(inbound, reply, cancellationToken).ConfigureAwait(false);
        return UpdateDisposition.Handled;
    }

    /// <summary>
    /// Every press is answered exactly once, before the reply is sent, even when its data is stale or
    /// unknown, the person is over the rate limit (then with the reply's toast: "tunggu sebentar") or the
    /// turn fails.
    /// </summary>
    private async Task AnswerAsync(InboundCallback callback, string? toast, CancellationToken cancellationToken)
    {
        try
        {
            var request = new AnswerCallbackQueryRequest { CallbackQueryId = callback.QueryId, Text = toast };
            if (!await client.AnswerCallbackQueryAsync(request, cancellationToken).ConfigureAwait(false))
            {
                LogQueryTooOld(logger);
            }
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
        {
            // Not retried: a second answer to the same query is refused anyway, and the reply still goes out.
            LogAnswerFailed(logger, ex.Message);
        }
    }

    private async Task MarkChoiceAsync(InboundUpdate inbound, InboundCallback callback, string? payload, Reply reply, CancellationToken cancellationToken)
    {
        if (ChoiceMarker.MarkedText(callback, payload, reply) is not { } html)
        {
            return;
        }

        var chatId = chats.Resolve(inbound.ChatId);
        try
        {
            await limiter.WaitAsync(chatId, inbound.IsGroup, cancellationToken).ConfigureAwait(false);
            await client.EditMessageTextAsync(
                new EditMessageTextRequest { ChatId = chatId, MessageId = checked((int)callback.MessageId!.Value), Text = html, ParseMode = ParseMode.Html },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
        {
            // Cosmetic: the reply matters more than the mark on the old question.
            LogEditFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram update {UpdateId} ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, long updateId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram update {UpdateId} was already handled; skipped")]
    private static partial void LogDuplicate(ILogger logger, long updateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A Telegram button press was answered too late (query too old); carrying on")]
    private static partial void LogQueryTooOld(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "answerCallbackQuery failed: {Reason}")]
    private static partial void LogAnswerFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Marking the pressed choice failed: {Reason}")]
    private static partial void LogEditFailed(ILogger logger, string reason);
}
