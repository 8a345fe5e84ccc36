using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway.Handlers;

/// <summary>READY: keeps session_id, resume_gateway_url, the bot's user id and the application id.</summary>
internal sealed partial class ReadyHandler : IDispatchHandler
{
    private readonly GatewaySession session;
    private readonly ILogger logger;

    public ReadyHandler(GatewaySession session, ILogger<ReadyHandler> logger)
    {
        this.session = session;
        this.logger = logger;
    }

    public string EventName => "READY";

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var ready = dispatch.Data.Deserialize(DiscordJsonContext.Default.ReadyData)
            ?? throw new InvalidOperationException("READY without data");
        session.Start(ready);
        LogReady(logger, ready.User?.Username ?? "?", ready.User?.Id ?? "?", ready.Shard is [var id, var count] ? $"{id}/{count}" : "-");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway READY as {Name} ({UserId}), shard {Shard}")]
    private static partial void LogReady(ILogger logger, string name, string userId, string shard);
}
