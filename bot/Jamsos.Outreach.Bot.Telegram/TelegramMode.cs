namespace Jamsos.Outreach.Bot.Channels.Telegram;

/// <summary>How updates arrive. The two exclude each other on Telegram's side.</summary>
internal enum TelegramMode
{
    /// <summary>getUpdates long polling: no public endpoint needed.</summary>
    Polling,

    /// <summary>Telegram POSTs each update to our HTTPS endpoint.</summary>
    Webhook,
}
