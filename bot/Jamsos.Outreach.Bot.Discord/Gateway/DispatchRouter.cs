using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>Finds the handler of a dispatch by its event name; events nobody handles are skipped (their sequence was already recorded).</summary>
internal sealed partial class DispatchRouter
{
    private readonly Dictionary<string, IDispatchHandler> handlers;
    private readonly ILogger logger;

    public DispatchRouter(IEnumerable<IDispatchHandler> handlers, ILogger<DispatchRouter> logger)
    {
        this.handlers = handlers.ToDictionary(h => h.EventName, StringComparer.Ordinal);
        this.logger = logger;
    }

    public async Task DispatchAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (!handlers.TryGetValue(dispatch.Name, out var handler))
        {
            LogSkipped(logger, dispatch.Name);
            return;
        }

        try
        {
            await handler.HandleAsync(dispatch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad event must not take the connection down.
            LogHandlerFailed(logger, ex, dispatch.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord dispatch {Event} has no handler; skipped")]
    private static partial void LogSkipped(ILogger logger, string @event);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord handler for {Event} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string @event);
}
