using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Formatting;

/// <summary>
/// One sendMessage worth of a reply: the HTML text, the same part as plain text (sent without
/// parse_mode if Telegram ever refuses the HTML), and the keyboard, which only the last part carries.
/// </summary>
internal sealed record OutgoingMessage(string Html, string PlainText, ReplyMarkup? Markup = null);
