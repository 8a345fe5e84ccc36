using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway.Handlers;

/// <summary>RESUMED: the replay of missed events is complete; the session carries on.</summary>
internal sealed partial class ResumedHandler : IDispatchHandler
{
    private readonly GatewaySession session;
    private readonly ILogger logger;

    public ResumedHandler(GatewaySession session, ILogger<ResumedHandler> logger)
    {
        this.session = session;
        this.logger = logger;
    }

    public string EventName => "RESUMED";

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        LogResumed(logger, session.Sequence ?? -1);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, long sequence);
}
