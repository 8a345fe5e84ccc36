namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

internal enum ReconnectAction
{
    /// <summary>Reconnect to resume_gateway_url and send Resume.</summary>
    Resume,

    /// <summary>Forget the session; reconnect to the /gateway/bot URL and Identify.</summary>
    NewSession,

    /// <summary>A configuration error reconnecting cannot fix: stop with a clear log.</summary>
    Stop,
}
