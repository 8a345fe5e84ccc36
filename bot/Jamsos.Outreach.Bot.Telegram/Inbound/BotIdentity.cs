namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>Who the bot is (from getMe): needed to tell /cmd@us from /cmd@other_bot and to see mentions and replies.</summary>
internal sealed record BotIdentity(long Id, string Username);
