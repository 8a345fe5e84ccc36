using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>Frames out: heartbeat, Identify, Resume, all through one lock and the send budget; and leaving with a close code.</summary>
internal sealed partial class GatewayConnection
{
    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(new HeartbeatFrame(session.Sequence), DiscordJsonContext.Default.HeartbeatFrame, heartbeat: true, cancellationToken);

    private Task SendIdentifyAsync()
    {
        var identify = new IdentifyFrame(new IdentifyData(
            options.Token,
            options.Intents,
            new IdentifyProperties("linux", "jamsos-outreach", "jamsos-outreach"),
            [options.ShardId, options.ShardCount]));
        return SendAsync(identify, DiscordJsonContext.Default.IdentifyFrame, heartbeat: false, stop.Token);
    }

    private Task SendResumeAsync()
    {
        var resume = new ResumeFrame(new ResumeData(options.Token, session.SessionId ?? string.Empty, session.Sequence ?? 0));
        return SendAsync(resume, DiscordJsonContext.Default.ResumeFrame, heartbeat: false, stop.Token);
    }

    private async Task SendAsync<T>(T frame, JsonTypeInfo<T> type, bool heartbeat, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(frame, type);
        if (bytes.Length > MaxFrameBytes)
        {
            // Discord would close with 4002; this is a bug in what we build, not something to retry.
            throw new InvalidOperationException($"A gateway frame of {bytes.Length} bytes exceeds Discord's {MaxFrameBytes}-byte limit.");
        }

        try
        {
            await sendLimiter.WaitAsync(heartbeat, cancellationToken).ConfigureAwait(false);
            await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The receive loop sees the broken socket and reports how the connection ended.
        }
    }

    /// <summary>
    /// Ends the connection for a reason of ours: records the outcome (the first reason wins), sends a close
    /// frame with <paramref name="status"/>, and gives the server a moment to answer before aborting.
    /// </summary>
    private async Task LeaveAsync(ConnectionOutcome outcome, WebSocketCloseStatus status)
    {
        if (Interlocked.CompareExchange(ref decided, outcome, null) is not null)
        {
            return;
        }

        try
        {
            stop.CancelAfter(CloseTimeout);
            await sendLock.WaitAsync(stop.Token).ConfigureAwait(false);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.CloseOutputAsync(status, null, stop.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Already broken or aborted: dropping the TCP connection keeps the session resumable too.
        }
    }
}
