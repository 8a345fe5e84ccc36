using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>
/// The Discord channel as a hosted service: registers the slash commands (when changed), then keeps the
/// gateway connected until the host stops. A configuration error (bad token, disallowed intents, shard
/// settings) is logged in one clear sentence and stops the host with a non-zero exit code.
/// </summary>
internal sealed partial class DiscordChannel : BackgroundService
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly DiscordOptions options;
    private readonly CommandRegistrar registrar;
    private readonly GatewayClient gateway;
    private readonly DispatchWork work;
    private readonly DiscordChannelStatus status;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger logger;

    public DiscordChannel(DiscordOptions options, CommandRegistrar registrar, GatewayClient gateway, DispatchWork work, DiscordChannelStatus status, IHostApplicationLifetime lifetime, ILogger<DiscordChannel> logger)
    {
        this.options = options;
        this.registrar = registrar;
        this.gateway = gateway;
        this.work = work;
        this.status = status;
        this.lifetime = lifetime;
        this.logger = logger;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await work.StopAsync(DrainTimeout).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.HasToken)
        {
            // Interactions over HTTP only: no gateway and no registration without a bot token. StopAsync
            // still drains the interactions in flight.
            LogHttpOnly(logger);
            return;
        }

        try
        {
            try
            {
                await registrar.RegisterAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DiscordApiException or DiscordTransportException)
            {
                // The gateway still serves the commands registered before; a later start retries.
                LogRegistrationFailed(logger, ex.Message);
            }

            await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is GatewayFatalException or DiscordAuthenticationException)
        {
            LogFatal(logger, ex.Message);
            status.Fail(ex.Message);
            lifetime.StopApplication();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Anything unforeseen: stop visibly (exit code 3) rather than run on without Discord.
            LogCrashed(logger, ex);
            status.Fail("The Discord channel stopped unexpectedly: " + ex.Message);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord without a bot token: interactions over HTTP only (no gateway, no command registration)")]
    private static partial void LogHttpOnly(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord command registration failed: {Reason}")]
    private static partial void LogRegistrationFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The Discord channel stopped unexpectedly")]
    private static partial void LogCrashed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
