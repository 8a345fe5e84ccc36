using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway.Handlers;

/// <summary>
/// INTERACTION_CREATE: parsed on the receive loop and handed to <see cref="InteractionRouter"/> off it,
/// with the time the frame arrived (the 3-second deadline counts from then). Nothing is answered over the socket.
/// </summary>
internal sealed class InteractionCreateHandler : IDispatchHandler
{
    private readonly InteractionRouter router;
    private readonly DispatchWork work;

    public InteractionCreateHandler(InteractionRouter router, DispatchWork work)
    {
        this.router = router;
        this.work = work;
    }

    public string EventName => "INTERACTION_CREATE";

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var interaction = dispatch.Data.Deserialize(DiscordJsonContext.Default.Interaction);
        if (interaction is not null)
        {
            work.Run("interaction", ct => router.HandleAsync(interaction, dispatch.ReceivedAt, ct));
        }

        return Task.CompletedTask;
    }
}
