using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// A channel that can send a message the person did not just ask for (a reminder) to a chat, within its
/// own sending limits. Telegram and Discord (a DM) register one each.
/// </summary>
public interface IReminderSender
{
    /// <summary>The channel name of the chats it reaches ("telegram", "discord").</summary>
    string Channel { get; }

    Task<ReminderDelivery> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken);
}

/// <summary>How a reminder send ended.</summary>
public enum ReminderDelivery
{
    Sent,

    /// <summary>The person blocked the bot or the chat is gone: the reminder ends.</summary>
    Blocked,

    /// <summary>Refused or lost; never resent (the reminder was claimed before the send).</summary>
    Failed,
}
