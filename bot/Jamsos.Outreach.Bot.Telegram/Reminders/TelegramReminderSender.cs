using System.Globalization;
using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Reminders;

/// <summary>
/// Sends a reminder into the private chat it was set in through <see cref="TelegramSender"/>, so it keeps
/// the channel's pace (per chat and 30 a second overall), 429 pauses and its never-twice retry rule. A chat
/// that blocked the bot (known, or a 403 now) is reported <see cref="ReminderDelivery.Blocked"/>.
/// </summary>
internal sealed class TelegramReminderSender : IReminderSender
{
    private readonly TelegramSender sender;
    private readonly TelegramChats chats;

    public TelegramReminderSender(TelegramSender sender, TelegramChats chats)
    {
        this.sender = sender;
        this.chats = chats;
    }

    public string Channel => UpdateMapper.Channel;

    public async Task<ReminderDelivery> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            return ReminderDelivery.Failed;
        }

        if (chats.IsBlocked(chats.Resolve(id)))
        {
            return ReminderDelivery.Blocked;
        }

        foreach (var part in TelegramReplyRenderer.Render(reply, privateChat: true, removeReplyKeyboard: false))
        {
            var result = await sender.SendAsync(id, isGroup: false, part, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case SendOutcome.Blocked:
                    return ReminderDelivery.Blocked;
                case SendOutcome.Failed or SendOutcome.Unknown:
                    return ReminderDelivery.Failed;
            }
        }

        return ReminderDelivery.Sent;
    }
}
