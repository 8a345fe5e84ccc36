using Jamsos.Outreach.Bot.Core.Pacing;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>
/// Refused interaction requests (bad or missing signature, replay, oversized body), counted by a
/// <see cref="RefusalCounter"/>: at most one log line a minute with the counts, so a flood of forged
/// requests (and Discord's own deliberate bad-signature probes) cannot flood the log.
/// </summary>
internal sealed partial class RejectedRequestLog : IDisposable
{
    private readonly RefusalCounter counter;

    public RejectedRequestLog(TimeProvider clock, ILogger<RejectedRequestLog> logger)
    {
        counter = new RefusalCounter(clock, RefusalCounter.DefaultInterval, (count, reasons) => LogRefused(logger, count, reasons));
    }

    /// <summary>Refusals so far, for tests and the health of the endpoint.</summary>
    public long Total => counter.Total;

    public void Count(string reason) => counter.Count(reason);

    public void Dispose() => counter.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord interactions endpoint refused {Count} request(s) in the last minute ({Reasons})")]
    private static partial void LogRefused(ILogger logger, int count, string reasons);
}
