using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>The bot's identity once getMe has answered at start; updates are only mapped after that.</summary>
internal sealed class TelegramBotInfo
{
    private volatile BotIdentity? identity;

    public BotIdentity Identity => identity ?? throw new InvalidOperationException("The Telegram bot identity is not known yet (getMe has not answered).");

    public bool IsKnown => identity is not null;

    public void Set(BotIdentity value) => identity = value;
}
