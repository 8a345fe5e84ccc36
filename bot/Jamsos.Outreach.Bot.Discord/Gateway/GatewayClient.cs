using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Core.Pacing;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// Keeps one shard connected for as long as the host runs: picks Resume (to resume_gateway_url) or a new
/// session (the /gateway/bot URL, through <see cref="IdentifyGate"/>), runs one
/// <see cref="GatewayConnection"/>, maps how it ended to resume, new session or stop
/// (<see cref="GatewayCloseCodes"/>), and waits an exponential, jittered back-off between attempts
/// (reset once a connection reaches READY or RESUMED). Stops with <see cref="GatewayFatalException"/> on
/// the close codes that only a configuration change can fix.
/// </summary>
internal sealed partial class GatewayClient
{
    private const int MaxFailedResumes = 3;

    private readonly GatewaySession session;
    private readonly DispatchRouter router;
    private readonly IdentifyGate identifyGate;
    private readonly DiscordOptions options;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly ILogger logger;

    public GatewayClient(GatewaySession session, DispatchRouter router, IdentifyGate identifyGate, DiscordOptions options, TimeProvider clock, Random random, ILogger<GatewayClient> logger)
    {
        this.session = session;
        this.router = router;
        this.identifyGate = identifyGate;
        this.options = options;
        this.clock = clock;
        this.random = random;
        this.logger = logger;
    }

    /// <summary>Connections opened so far (tests read it to prove there is no tight loop).</summary>
    public int Connections { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        var failedResumes = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = session.CanResume;
            Uri url;
            try
            {
                url = resume ? new Uri(session.ResumeGatewayUrl!) : await identifyGate.AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordTransportException ex)
            {
                LogGatewayInfoFailed(logger, ex.Message);
                await DelayAsync(Backoff.Delay(failures++, options.ReconnectBaseDelay, options.ReconnectMaxDelay, random.NextDouble), cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (DiscordApiException ex)
            {
                // A refusal of GET /gateway/bot (404, 403 …) is a configuration problem, not a network one.
                throw new GatewayFatalException("Discord gateway stopped: " + ex.Message + ". Check Discord:ApiBaseUrl and Discord:Token.", ex);
            }

            ConnectionOutcome outcome;
            Connections++;
            using (var connection = new GatewayConnection(session, router, options, clock, random, logger))
            {
                try
                {
                    outcome = await connection.RunAsync(url, resume, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }

            if (cancellationToken.IsCancellationRequested || outcome.Kind == ConnectionOutcomeKind.Shutdown)
            {
                return;
            }

            if (outcome.Established)
            {
                failures = 0;
                failedResumes = 0;
            }
            else if (resume && ++failedResumes >= MaxFailedResumes)
            {
                // resume_gateway_url keeps failing: give up the session rather than retry it for ever.
                LogResumeAbandoned(logger, failedResumes);
                session.Reset();
                failedResumes = 0;
            }

            var action = GatewayCloseCodes.ActionFor(outcome);
            LogConnectionEnded(logger, outcome, action);
            if (action == ReconnectAction.Stop)
            {
                throw new GatewayFatalException(outcome.CloseCode ?? 0);
            }

            if (action == ReconnectAction.NewSession)
            {
                session.Reset();
            }

            var delay = Backoff.Delay(failures++, options.ReconnectBaseDelay, options.ReconnectMaxDelay, random.NextDouble);
            if (outcome is { Kind: ConnectionOutcomeKind.InvalidSession, Resumable: false })
            {
                delay += InvalidSessionDelay(random.NextDouble());
            }

            await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The brief's defensive wait before a fresh Identify after op 9 false: 1 to 5 seconds.</summary>
    internal static TimeSpan InvalidSessionDelay(double random) => TimeSpan.FromSeconds(1 + (4 * Math.Clamp(random, 0, 1)));

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the loop condition ends the run.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway connection ended ({Outcome}); next: {Action}")]
    private static partial void LogConnectionEnded(ILogger logger, ConnectionOutcome outcome, ReconnectAction action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: {Attempts} resume attempts failed; starting a new session")]
    private static partial void LogResumeAbandoned(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord GET /gateway/bot failed: {Reason}; retrying")]
    private static partial void LogGatewayInfoFailed(ILogger logger, string reason);
}
