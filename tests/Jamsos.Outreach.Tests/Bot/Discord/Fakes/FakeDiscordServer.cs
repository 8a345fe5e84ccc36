using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>
/// A fake Discord on one loopback port, written on a bare TcpListener so tests control the wire:
/// REST under http://127.0.0.1:port/api/v10 and the gateway at ws://127.0.0.1:port/gateway (the URL
/// GET /gateway/bot hands out) and /resume (the resume_gateway_url READY hands out). Records every
/// request and frame; answers REST from the fixtures unless <see cref="Handler"/> scripts otherwise.
/// Created messages are de-duplicated by nonce when enforce_nonce is set, as Discord does.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<FakeHttpRequest> requests = new();
    private readonly Channel<FakeGatewayConnection> connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentBag<FakeGatewayConnection> opened = [];
    private readonly ConcurrentDictionary<string, string> messagesByNonce = new(StringComparer.Ordinal);
    private readonly Task acceptLoop;
    private long nextMessageId = 1461400000000000000;

    public FakeDiscordServer(TestClock clock)
    {
        Clock = clock;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public TestClock Clock { get; }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    /// <summary>Scripted answers: return null to fall through to the default fixture-based answer.</summary>
    public Func<FakeHttpRequest, FakeHttpResponse?>? Handler { get; set; }

    /// <summary>When set, every new gateway connection gets Hello with this interval at once.</summary>
    public int? AutoHelloInterval { get; set; }

    /// <summary>session_start_limit.remaining handed out by GET /gateway/bot.</summary>
    public int SessionStartsRemaining { get; set; } = 997;

    public long SessionStartResetAfterMs { get; set; } = 71234567;

    public IReadOnlyList<FakeHttpRequest> Requests => requests.ToArray();

    public IReadOnlyList<FakeGatewayConnection> OpenedConnections => opened.ToArray();

    public int CreatedMessages => messagesByNonce.Count + unnoncedMessages;

    private int unnoncedMessages;

    public IEnumerable<FakeHttpRequest> RequestsTo(string method, string pathContains) =>
        Requests.Where(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal));

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? FakeServerWait.Default);
        return await connections.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Waits until a REST request matching <paramref name="match"/> has arrived.</summary>
    public async Task<FakeHttpRequest> WaitForRequestAsync(Func<FakeHttpRequest, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? FakeServerWait.Default);
        while (DateTime.UtcNow < deadline)
        {
            var found = Requests.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("No matching request; got: " + string.Join(", ", Requests.Select(r => r.ToString())));
    }

    /// <summary>The READY fixture with its resume URL pointed at this fake.</summary>
    public string ReadyData()
    {
        var ready = JsonNode.Parse(DiscordFixtures.Read("gateway_ready.json"))!["d"]!;
        ready["resume_gateway_url"] = ResumeUrl;
        return ready.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        foreach (var connection in opened)
        {
            await connection.DisposeAsync();
        }

        try
        {
            await acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        var stream = client.GetStream();
        var upgraded = false;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var head = await ReadHeadAsync(stream);
                if (head is null)
                {
                    break;
                }

                var lines = head.Split("\r\n");
                var parts = lines[0].Split(' ');
                var headers = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in lines.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal)))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    headers[line[..colon].Trim().ToUpperInvariant()] = line[(colon + 1)..].Trim();
                }

                var target = parts[1];
                var question = target.IndexOf('?', StringComparison.Ordinal);
                var path = question < 0 ? target : target[..question];
                var query = question < 0 ? string.Empty : target[(question + 1)..];
                if (headers.TryGetValue("UPGRADE", out var upgrade) && upgrade.Equals("websocket", StringComparison.OrdinalIgnoreCase))
                {
                    await AcceptWebSocketAsync(client, stream, headers, path, query);
                    upgraded = true;
                    return;
                }

                var length = headers.TryGetValue("CONTENT-LENGTH", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : 0;
                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                var request = new FakeHttpRequest(parts[0], path, query, headers, Encoding.UTF8.GetString(body), Clock.GetUtcNow());
                requests.Enqueue(request);
                var response = Handler?.Invoke(request) ?? Default(request);
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Clock.Scale(response.Delay));
                }

                await WriteResponseAsync(stream, response);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or EndOfStreamException or OperationCanceledException)
        {
            // The client closed the connection (or timed out and retried on another one).
        }
        finally
        {
            if (!upgraded)
            {
                client.Dispose();
            }
        }
    }

    private async Task AcceptWebSocketAsync(TcpClient client, NetworkStream stream, Dictionary<string, string> headers, string path, string query)
    {
        // RFC 6455 fixes SHA-1 for the handshake's accept key; it is not used for security here.
#pragma warning disable CA5350
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(headers["SEC-WEBSOCKET-KEY"] + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
        var handshake = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(handshake));
        var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        var connection = new FakeGatewayConnection(client, socket, path, query, Clock);
        opened.Add(connection);
        if (AutoHelloInterval is { } interval)
        {
            await connection.SendHelloAsync(interval);
        }

        connections.Writer.TryWrite(connection);
    }

    private FakeHttpResponse Default(FakeHttpRequest request)
    {
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "4",
            ["X-RateLimit-Reset-After"] = "1.0",
            ["X-RateLimit-Bucket"] = "80c17d2f203122d936070c88c8d10f33",
        };
        switch (request.Method)
        {
            case "GET" when request.Path.EndsWith("/gateway/bot", StringComparison.Ordinal):
                var info = JsonNode.Parse(DiscordFixtures.Read("rest_get_gateway_bot.json"))!;
                info["url"] = GatewayUrl;
                info["session_start_limit"]!["remaining"] = SessionStartsRemaining;
                info["session_start_limit"]!["reset_after"] = SessionStartResetAfterMs;
                return FakeHttpResponse.Json(info.ToJsonString());
            case "POST" when request.Path.EndsWith("/callback", StringComparison.Ordinal):
                return FakeHttpResponse.NoContent();
            case "POST" when request.Path.Contains("/channels/", StringComparison.Ordinal) && request.Path.EndsWith("/messages", StringComparison.Ordinal):
                return FakeHttpResponse.Json(CreateMessage(request), headers: headers);
            case "POST" when request.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal):
                return FakeHttpResponse.Json("""{"id":"1460906282188931081","type":1}""");
            case "POST" or "PATCH" when request.Path.Contains("/webhooks/", StringComparison.Ordinal):
                return FakeHttpResponse.Json(CreateMessage(request));
            case "PUT" when request.Path.EndsWith("/commands", StringComparison.Ordinal):
                return FakeHttpResponse.Json(DiscordFixtures.Read("commands_bulk_overwrite_response.json"));
            default:
                return FakeHttpResponse.Json("""{"message":"404: Not Found","code":0}""", 404);
        }
    }

    private string CreateMessage(FakeHttpRequest request)
    {
        var body = request.Body.Length > 0 ? JsonNode.Parse(request.Body)!.AsObject() : new JsonObject();
        var channel = request.Path.Split('/').SkipWhile(s => s != "channels").Skip(1).FirstOrDefault() ?? "1242085667635331075";
        var nonce = body["nonce"]?.GetValue<string>();
        string id;
        if (nonce is not null && body["enforce_nonce"]?.GetValue<bool>() == true)
        {
            id = messagesByNonce.GetOrAdd(nonce, _ => Interlocked.Increment(ref nextMessageId).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            Interlocked.Increment(ref unnoncedMessages);
            id = Interlocked.Increment(ref nextMessageId).ToString(CultureInfo.InvariantCulture);
        }

        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["type"] = 0,
            ["content"] = body["content"]?.DeepClone(),
            ["author"] = new JsonObject { ["id"] = "1434829455360131073", ["username"] = "acme-faq", ["bot"] = true },
            ["unknown_future_field"] = new JsonObject { ["x"] = 1 },
        };
        return message.ToJsonString();
    }

    private static async Task WriteResponseAsync(NetworkStream stream, FakeHttpResponse response)
    {
        var body = Encoding.UTF8.GetBytes(response.Body);
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\n");
        if (body.Length > 0)
        {
            head.Append("Content-Type: application/json\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(body);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        _ => "Status",
    };

    /// <summary>Reads a request head byte by byte, so nothing after it (a body, WebSocket frames) is consumed.</summary>
    private static async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>(512);
        var one = new byte[1];
        while (true)
        {
            var read = await stream.ReadAsync(one);
            if (read == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
            {
                return Encoding.ASCII.GetString(head.ToArray(), 0, head.Count - 4);
            }
        }
    }
}
