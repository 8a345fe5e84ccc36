using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>
/// One client WebSocket as the fake gateway sees it. The test scripts the server side (Hello, dispatches,
/// op 7/9, closes, a dropped TCP connection) and reads what the client sent. Heartbeats are acknowledged
/// automatically unless <see cref="AutoAck"/> is switched off (the zombie test).
/// </summary>
public sealed class FakeGatewayConnection : IAsyncDisposable
{
    private readonly TcpClient tcp;
    private readonly WebSocket socket;
    private readonly TestClock clock;
    private readonly Channel<ReceivedFrame> frames = Channel.CreateUnbounded<ReceivedFrame>();
    private readonly List<ReceivedFrame> all = [];
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task pump;

    internal FakeGatewayConnection(TcpClient tcp, WebSocket socket, string path, string query, TestClock clock)
    {
        this.tcp = tcp;
        this.socket = socket;
        this.clock = clock;
        Path = path;
        Query = query;
        pump = Task.Run(PumpAsync);
    }

    public string Path { get; }

    public string Query { get; }

    public bool AutoAck { get; set; } = true;

    /// <summary>The close code the client sent, or null when it just went away (aborted TCP).</summary>
    public Task<int?> ClientClosed => closed.Task;

    public IReadOnlyList<ReceivedFrame> AllFrames
    {
        get
        {
            lock (all)
            {
                return all.ToList();
            }
        }
    }

    public Task SendAsync(string json) => SendPartsAsync([json]);

    /// <summary>One message split over several WebSocket frames (continuation frames), as Discord may send READY.</summary>
    public Task SendFragmentedAsync(string json, int parts)
    {
        var size = (json.Length + parts - 1) / parts;
        return SendPartsAsync(Enumerable.Range(0, parts).Select(i => json.Substring(i * size, Math.Min(size, json.Length - (i * size)))).ToList());
    }

    public Task SendHelloAsync(int heartbeatIntervalMs) =>
        SendAsync("""{"t":null,"s":null,"op":10,"d":{"heartbeat_interval":""" + heartbeatIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}");

    public Task SendDispatchAsync(string type, long sequence, string data) =>
        SendAsync("{\"t\":\"" + type + "\",\"s\":" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"op\":0,\"d\":" + data + "}");

    /// <summary>Closes with a code, as Discord does for 4000, 4004, 4009 …</summary>
    public async Task CloseAsync(int code)
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake close", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame (RST), like a network failure.</summary>
    public void DropTcp()
    {
        tcp.Client.LingerState = new LingerOption(true, 0);
        tcp.Client.Close();
        socket.Abort();
    }

    /// <summary>The next frame the client sent, skipping heartbeats unless asked for op 1.</summary>
    public async Task<ReceivedFrame> ExpectAsync(int op, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? FakeServerWait.Default);
        while (true)
        {
            var frame = await frames.Reader.ReadAsync(cts.Token);
            if (frame.Op == op)
            {
                return frame;
            }
        }
    }

    /// <summary>Waits until the client ends this connection; its close code, or null for an abort.</summary>
    public async Task<int?> WaitClosedAsync(TimeSpan? timeout = null) => await ClientClosed.WaitAsync(timeout ?? FakeServerWait.Default);

    public async ValueTask DisposeAsync()
    {
        socket.Abort();
        tcp.Dispose();
        await pump.ConfigureAwait(false);
        socket.Dispose();
        sendLock.Dispose();
    }

    private async Task SendPartsAsync(List<string> parts)
    {
        await sendLock.WaitAsync();
        try
        {
            for (var i = 0; i < parts.Count; i++)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(parts[i]), WebSocketMessageType.Text, i == parts.Count - 1, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The client went away; the test sees it through ClientClosed.
        }
        finally
        {
            sendLock.Release();
        }
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        closed.TrySetResult((int?)socket.CloseStatus);
                        if (socket.State == WebSocketState.CloseReceived)
                        {
                            await sendLock.WaitAsync();
                            try
                            {
                                await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                            }
                            finally
                            {
                                sendLock.Release();
                            }
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var json = Encoding.UTF8.GetString(message.ToArray());
                var root = JsonDocument.Parse(json).RootElement.Clone();
                var frame = new ReceivedFrame(root.GetProperty("op").GetInt32(), root, json, message.Length, clock.GetUtcNow());
                lock (all)
                {
                    all.Add(frame);
                }

                frames.Writer.TryWrite(frame);
                if (frame.Op == 1 && AutoAck)
                {
                    await SendAsync("""{"op":11}""");
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            closed.TrySetResult(null);
        }
    }
}
