namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>Why a gateway connection ended.</summary>
internal enum ConnectionOutcomeKind
{
    /// <summary>No close frame (TCP dropped, connect failed): resume.</summary>
    Dropped,

    /// <summary>The server closed with a code; <see cref="GatewayCloseCodes"/> decides.</summary>
    Closed,

    /// <summary>op 7: the server asked for a reconnect and resume.</summary>
    Reconnect,

    /// <summary>op 9: resumable or not.</summary>
    InvalidSession,

    /// <summary>A heartbeat went unacknowledged until the next was due.</summary>
    Zombie,

    /// <summary>The host is stopping; closed with 1000.</summary>
    Shutdown,
}
