using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>The connection's log lines (source-generated, so a disabled level costs nothing).</summary>
internal sealed partial class GatewayConnection
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway connect to {Host} failed: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, string host, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway sent no Hello in time; reconnecting")]
    private static partial void LogNoHello(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord gateway connection lost: {Reason}")]
    private static partial void LogConnectionLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway sent an unreadable frame: {Reason}")]
    private static partial void LogBadFrame(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway asked for a reconnect (op 7)")]
    private static partial void LogReconnectRequested(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway invalidated the session (op 9, resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway sent unknown opcode {Op}; skipped")]
    private static partial void LogUnknownOp(ILogger logger, int op);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway missed a heartbeat acknowledgement: zombie connection, reconnecting to resume")]
    private static partial void LogZombie(ILogger logger);
}
