using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway, from connect to close: Hello → heartbeats and Identify or Resume;
/// dispatches to the router; op 1, 7, 9 and 11; and how it ended. Frames are reassembled until
/// EndOfMessage (READY can arrive in pieces). Every send goes through one lock (ClientWebSocket allows
/// one send at a time), the 4096-byte cap and the 120-per-minute budget. Leaving to reconnect closes with
/// 4000, never 1000/1001 (which would end the session); only shutdown closes with 1000.
/// </summary>
internal sealed partial class GatewayConnection : IDisposable
{
    public const int MaxFrameBytes = 4096;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Hello is the first frame of every connection; without it no heartbeat would ever notice a dead socket.</summary>
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private readonly GatewaySession session;
    private readonly DispatchRouter router;
    private readonly DiscordOptions options;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly ILogger logger;
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly GatewaySendLimiter sendLimiter;
    private readonly Heartbeater heartbeater;
    private readonly CancellationTokenSource stop;
    private ConnectionOutcome? decided;
    private bool established;
    private int requestedBeatPending;
    private Task? heartbeatTask;

    public GatewayConnection(GatewaySession session, DispatchRouter router, DiscordOptions options, TimeProvider clock, Random random, ILogger logger)
    {
        this.session = session;
        this.router = router;
        this.options = options;
        this.clock = clock;
        this.random = random;
        this.logger = logger;
        sendLimiter = new GatewaySendLimiter(clock);
        heartbeater = new Heartbeater(clock);
        stop = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);
    }

    /// <summary>Appends the query every gateway URL needs (the resume URL too): version 10, JSON, no compression.</summary>
    public static Uri WithQuery(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
    }

    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(ConnectTimeout);
            await socket.ConnectAsync(WithQuery(url), connectTimeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is WebSocketException or HttpRequestException or OperationCanceledException or IOException)
        {
            LogConnectFailed(logger, url.Host, ex.Message);
            return new ConnectionOutcome(ConnectionOutcomeKind.Dropped, Description: "connect failed");
        }

        _ = WatchForHelloAsync();
        ConnectionOutcome? received;
        using (cancellationToken.Register(() => _ = LeaveAsync(new ConnectionOutcome(ConnectionOutcomeKind.Shutdown), WebSocketCloseStatus.NormalClosure)))
        {
            received = await ReceiveLoopAsync(resume).ConfigureAwait(false);
        }

        await stop.CancelAsync().ConfigureAwait(false);
        if (heartbeatTask is not null)
        {
            await heartbeatTask.ConfigureAwait(false);
        }

        socket.Abort();
        var outcome = Volatile.Read(ref decided) ?? received ?? new ConnectionOutcome(ConnectionOutcomeKind.Dropped);
        return outcome with { Established = established };
    }

    public void Dispose()
    {
        socket.Dispose();
        sendLock.Dispose();
        stop.Dispose();
    }

    /// <summary>Reads frames until the socket closes or breaks; returns the server's close, or null when it just dropped.</summary>
    private async Task<ConnectionOutcome?> ReceiveLoopAsync(bool resume)
    {
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                message.Clear();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(chunk.AsMemory(), stop.Token).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        var code = (int?)socket.CloseStatus ?? 1005;
                        return new ConnectionOutcome(ConnectionOutcomeKind.Closed, code, Description: socket.CloseStatusDescription);
                    }

                    message.Write(chunk.AsSpan(0, result.Count));
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Text)
                {
                    await HandleFrameAsync(message.WrittenMemory, resume).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            LogConnectionLost(logger, ex.Message);
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private async Task HandleFrameAsync(ReadOnlyMemory<byte> frame, bool resume)
    {
        GatewayPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(frame.Span, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException ex)
        {
            LogBadFrame(logger, ex.Message);
            return;
        }

        if (payload is null)
        {
            return;
        }

        switch (payload.Op)
        {
            case GatewayOpcodes.Dispatch:
                if (payload.S is { } sequence)
                {
                    session.ObserveSequence(sequence);
                }

                var name = payload.T ?? string.Empty;
                var data = payload.D ?? default;
                await router.DispatchAsync(new GatewayDispatch(name, data, payload.S, clock.GetUtcNow()), stop.Token).ConfigureAwait(false);
                if (name is "READY" or "RESUMED")
                {
                    established = true;
                }

                break;
            case GatewayOpcodes.Hello:
                var hello = payload.D is { ValueKind: JsonValueKind.Object } d ? d.Deserialize(DiscordJsonContext.Default.HelloData) : null;
                if (hello is not { HeartbeatInterval: > 0 })
                {
                    LogBadFrame(logger, "Hello without heartbeat_interval");
                    return;
                }

                StartHeartbeats(TimeSpan.FromMilliseconds(hello.HeartbeatInterval));
                await (resume ? SendResumeAsync() : SendIdentifyAsync()).ConfigureAwait(false);
                break;
            case GatewayOpcodes.HeartbeatAck:
                heartbeater.Acknowledge();
                break;
            case GatewayOpcodes.Heartbeat:
                // The server asks for a beat now; the regular schedule carries on unchanged. Sent off the
                // receive loop (a full send budget must not stall it), and one at a time however often asked.
                if (Interlocked.CompareExchange(ref requestedBeatPending, 1, 0) == 0)
                {
                    _ = Task.Run(async () =>
                    {
                        await SendHeartbeatAsync(stop.Token).ConfigureAwait(false);
                        Interlocked.Exchange(ref requestedBeatPending, 0);
                    });
                }

                break;
            case GatewayOpcodes.Reconnect:
                LogReconnectRequested(logger);
                await LeaveAsync(new ConnectionOutcome(ConnectionOutcomeKind.Reconnect), (WebSocketCloseStatus)GatewayCloseCodes.UnknownError).ConfigureAwait(false);
                break;
            case GatewayOpcodes.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                LogInvalidSession(logger, resumable);
                await LeaveAsync(new ConnectionOutcome(ConnectionOutcomeKind.InvalidSession, Resumable: resumable), (WebSocketCloseStatus)GatewayCloseCodes.UnknownError).ConfigureAwait(false);
                break;
            default:
                LogUnknownOp(logger, payload.Op);
                break;
        }
    }

    private async Task WatchForHelloAsync()
    {
        try
        {
            await Task.Delay(HelloTimeout, clock, stop.Token).ConfigureAwait(false);
            if (Volatile.Read(ref heartbeatTask) is null)
            {
                LogNoHello(logger);
                await LeaveAsync(new ConnectionOutcome(ConnectionOutcomeKind.Dropped, Description: "no Hello"), (WebSocketCloseStatus)GatewayCloseCodes.UnknownError).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private void StartHeartbeats(TimeSpan interval)
    {
        if (heartbeatTask is not null)
        {
            return;
        }

        var jitter = random.NextDouble();
        var beating = Task.Run(async () =>
        {
            var healthy = await heartbeater.RunAsync(interval, jitter, SendHeartbeatAsync, stop.Token).ConfigureAwait(false);
            if (!healthy)
            {
                LogZombie(logger);
                await LeaveAsync(new ConnectionOutcome(ConnectionOutcomeKind.Zombie), (WebSocketCloseStatus)GatewayCloseCodes.UnknownError).ConfigureAwait(false);
            }
        });
        Volatile.Write(ref heartbeatTask, beating);
    }
}
