using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>
/// Delivers an engine reply: chooses the chat (a private reply to a group message goes to the person's
/// private chat: sign-up steps and staff exports never show in a group), renders it, sends the parts in
/// order on that chat, then the attachment. Stops at the first part that was refused or blocked so a
/// reply never arrives with a hole in the middle.
/// </summary>
internal sealed partial class TelegramReplyDelivery
{
    private readonly TelegramSender sender;
    private readonly ReplyKeyboardTracker keyboards;
    private readonly Client.TelegramClient client;
    private readonly ILogger<TelegramReplyDelivery> logger;

    public TelegramReplyDelivery(TelegramSender sender, ReplyKeyboardTracker keyboards, Client.TelegramClient client, ILogger<TelegramReplyDelivery> logger)
    {
        this.sender = sender;
        this.keyboards = keyboards;
        this.client = client;
        this.logger = logger;
    }

    public async Task DeliverAsync(InboundUpdate inbound, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.IsNone)
        {
            return;
        }

        var toPerson = reply.Private && inbound.IsGroup && inbound.UserId != 0;
        var chatId = toPerson ? inbound.UserId : inbound.ChatId;
        var isGroup = inbound.IsGroup && !toPerson;
        var messages = TelegramReplyRenderer.Render(reply, privateChat: !isGroup, removeReplyKeyboard: keyboards.IsShown(chatId));
        foreach (var message in messages)
        {
            var result = await sender.SendAsync(chatId, isGroup, message, cancellationToken).ConfigureAwait(false);
            if (result.Outcome is SendOutcome.Blocked or SendOutcome.Failed)
            {
                return;
            }

            chatId = result.ChatId;
            if (message.Markup is ReplyKeyboardMarkup)
            {
                keyboards.Shown(chatId);
            }
            else if (message.Markup is ReplyKeyboardRemove)
            {
                keyboards.Removed(chatId);
            }
        }

        if (reply.Attachment is { } file)
        {
            try
            {
                await client.SendChatActionAsync(chatId, ChatAction.UploadDocument, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Client.TelegramApiException or Client.TelegramTransportException)
            {
                // Only a cosmetic "sending a file…" indicator; the file itself matters.
                LogActionFailed(logger, ex.Message);
            }

            await sender.SendDocumentAsync(chatId, isGroup, file.FileName, file.ContentType, file.Content, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram chat action failed: {Reason}")]
    private static partial void LogActionFailed(ILogger logger, string reason);
}
