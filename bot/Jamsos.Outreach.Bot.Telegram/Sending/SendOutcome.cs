namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>How one outgoing message ended.</summary>
internal enum SendOutcome
{
    Sent,

    /// <summary>403: the person blocked the bot (or it was removed from the group); the chat is marked inactive.</summary>
    Blocked,

    /// <summary>Refused for good (400, 401, 404), or the retries ran out on errors that prove it was not sent.</summary>
    Failed,

    /// <summary>
    /// The request reached the server but no answer came back (a read timeout, a reset mid-answer): it may
    /// have been delivered. Not resent, so nobody ever gets it twice.
    /// </summary>
    Unknown,
}
