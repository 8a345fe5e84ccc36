using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// Runs message and interaction work off the receive loop, so a slow answer never delays heartbeat
/// acknowledgements or the next interaction's 3-second deadline. Failures are logged; shutdown waits a
/// little for work in flight.
/// </summary>
internal sealed partial class DispatchWork : IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly ILogger logger;

    public DispatchWork(ILogger<DispatchWork> logger)
    {
        this.logger = logger;
    }

    public int InFlight => running.Count;

    /// <summary>
    /// Starts <paramref name="work"/>. It is cancelled only when the host stops, not when the connection
    /// that delivered it drops: an answer in progress still goes out over REST.
    /// </summary>
    public void Run(string what, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var cancellationToken = stopping.Token;
        var task = Task.Run(
            async () =>
            {
                try
                {
                    await work(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down.
                }
                catch (Exception ex)
                {
                    LogFailed(logger, ex, what);
                }
            },
            CancellationToken.None);
        running.TryAdd(task, 0);
        _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Gives work in flight up to <paramref name="timeout"/> to finish, then cancels the rest.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        var pending = running.Keys.ToArray();
        if (pending.Length > 0)
        {
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(timeout)).ConfigureAwait(false);
        }

        await stopping.CancelAsync().ConfigureAwait(false);
    }

    public void Dispose() => stopping.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord {What} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
