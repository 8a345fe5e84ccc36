using Telegram.Bot.Types;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>The outcome of one send, the chat it finally went to (after a migration), and the sent message.</summary>
internal sealed record SendResult(SendOutcome Outcome, long ChatId, Message? Message = null);
