using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Messages;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway.Handlers;

/// <summary>MESSAGE_CREATE: parsed on the receive loop, answered off it by <see cref="ChannelMessageResponder"/>.</summary>
internal sealed class MessageCreateHandler : IDispatchHandler
{
    private readonly ChannelMessageResponder responder;
    private readonly DispatchWork work;

    public MessageCreateHandler(ChannelMessageResponder responder, DispatchWork work)
    {
        this.responder = responder;
        this.work = work;
    }

    public string EventName => "MESSAGE_CREATE";

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var message = dispatch.Data.Deserialize(DiscordJsonContext.Default.DiscordMessage);
        if (message is not null && responder.IsWorthAnswering(message))
        {
            work.Run("message answer", ct => responder.AnswerAsync(message, dispatch.ReceivedAt, ct));
        }

        return Task.CompletedTask;
    }
}
