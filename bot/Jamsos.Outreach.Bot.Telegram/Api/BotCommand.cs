namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>A command in the menu: lowercase letters, digits and _ (1–32, no leading /); description 1–256.</summary>
internal sealed record BotCommand(string Command, string Description);
