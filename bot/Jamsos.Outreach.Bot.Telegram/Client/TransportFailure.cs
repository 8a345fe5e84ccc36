namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>How a call failed below the Bot API.</summary>
internal enum TransportFailure
{
    /// <summary>No connection, or it broke (refused, reset, DNS, TLS).</summary>
    Connection,

    /// <summary>No answer within the client timeout.</summary>
    Timeout,

    /// <summary>An answer that is not a Bot API envelope: a proxy's HTML 502 page, malformed JSON.</summary>
    BadResponse,
}
