using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Pacing;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// Guards Identify, which Discord limits hard: 1000 a day per application (hitting the cap resets the
/// token) and max_concurrency per 5 seconds. Reads session_start_limit from GET /gateway/bot (fetched
/// again when older than a few minutes, as the shard count changes), counts Identify calls locally in
/// between, waits out reset_after when none are left, and hands out the cached gateway URL.
/// </summary>
internal sealed partial class IdentifyGate
{
    private static readonly TimeSpan InfoMaxAge = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ConcurrencyWindow = TimeSpan.FromSeconds(5);

    private readonly DiscordRestClient rest;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly SlidingWindow recent;
    private Uri? gatewayUrl;
    private DateTimeOffset fetchedAt;
    private int remaining = 1;
    private DateTimeOffset resetAt;
    private int maxConcurrency = 1;

    public IdentifyGate(DiscordRestClient rest, TimeProvider clock, ILogger<IdentifyGate> logger)
    {
        this.rest = rest;
        this.clock = clock;
        this.logger = logger;
        recent = new SlidingWindow(1, ConcurrencyWindow, clock);
    }

    /// <summary>Identify calls made by this process (Resume does not count).</summary>
    public int IdentifyCount { get; private set; }

    /// <summary>Waits until one Identify is allowed, takes it, and returns the URL for the new session.</summary>
    public async Task<Uri> AcquireAsync(CancellationToken cancellationToken)
    {
        if (gatewayUrl is null || clock.GetUtcNow() - fetchedAt > InfoMaxAge)
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        if (remaining <= 0)
        {
            var wait = resetAt - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                LogBudgetExhausted(logger, wait);
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        // max_concurrency is read afresh on every try: a refresh may change it.
        await Pace.WaitAsync(clock, TryTakeConcurrencySlot, cancellationToken).ConfigureAwait(false);

        remaining--;
        IdentifyCount++;
        return gatewayUrl!;
    }

    private TimeSpan TryTakeConcurrencySlot()
    {
        recent.TryTake(maxConcurrency, out var wait);
        return wait;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        GatewayBotInfo info;
        try
        {
            info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordTransportException) when (gatewayUrl is not null)
        {
            // Keep using the cached URL; the limit we counted locally still holds.
            return;
        }

        if (!Uri.TryCreate(info.Url, UriKind.Absolute, out var url))
        {
            throw new DiscordTransportException("GET /gateway/bot returned no usable url.");
        }

        gatewayUrl = url;
        fetchedAt = clock.GetUtcNow();
        if (info.SessionStartLimit is { } limit)
        {
            remaining = limit.Remaining;
            resetAt = fetchedAt + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        }
        else
        {
            remaining = Math.Max(remaining, 1);
        }

        LogGatewayInfo(logger, info.Shards, info.SessionStartLimit?.Remaining ?? -1, info.SessionStartLimit?.Total ?? -1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord Identify budget is used up; waiting {Wait} for session_start_limit to reset")]
    private static partial void LogBudgetExhausted(ILogger logger, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: {Shards} shard(s) recommended; {Remaining} of {Total} session starts left")]
    private static partial void LogGatewayInfo(ILogger logger, int shards, int remaining, int total);
}
