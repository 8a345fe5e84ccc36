namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// Handles one gateway event. One small class per event (READY, RESUMED, MESSAGE_CREATE,
/// INTERACTION_CREATE), registered in DI; a new event is a new class, not a branch in a switch.
/// Handlers run on the receive loop: anything slow goes to <see cref="DispatchWork"/>.
/// </summary>
internal interface IDispatchHandler
{
    string EventName { get; }

    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
