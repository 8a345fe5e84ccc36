using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

/// <summary>
/// A Bot API server on loopback (Kestrel, plain HTTP, a free port): serves POST /bot&lt;TOKEN&gt;/&lt;method&gt;,
/// records every request, answers from per-method scripts first (faults: 429, 502 HTML, malformed JSON,
/// hangs, dropped connections, 409…) and otherwise like Telegram would: getMe from the fixture, a
/// getUpdates queue with offsets that confirm and long polls that hold, a webhook flag that makes
/// getUpdates answer 409, and a sendMessage that checks the HTML tag whitelist, entities, the
/// 4096 limit and callback data, the way the real server refuses them.
/// </summary>
internal sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "7000000001:AAHfake-Token_0123456789abcdefghijk";

    private static readonly HashSet<string> AllowedTags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote",
    };

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Dictionary<string, List<RecordedRequest>> byMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<FakeResponse>> scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Method, long Chat), int> perChat = [];
    private readonly List<(long Id, string Json)> pending = [];
    private readonly CancellationTokenSource closing = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextMessageId = 1000;
    private string webhookUrl = string.Empty;

    private FakeBotApi(WebApplication app)
    {
        this.app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Highest offset a getUpdates has confirmed so far.</summary>
    public long ConfirmedOffset { get; private set; }

    /// <summary>Longest a getUpdates is held when nothing is pending, whatever timeout it asked for (keeps tests quick).</summary>
    public TimeSpan MaxHold { get; set; } = TimeSpan.FromSeconds(2);

    public string WebhookUrl
    {
        get
        {
            lock (gate)
            {
                return webhookUrl;
            }
        }

        set
        {
            lock (gate)
            {
                webhookUrl = value;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public IReadOnlyList<RecordedRequest> Calls(string method)
    {
        lock (gate)
        {
            return byMethod.TryGetValue(method, out var calls) ? calls.ToList() : [];
        }
    }

    /// <summary>How many times <paramref name="method"/> was called (cheap: no copy).</summary>
    public int CountOf(string method)
    {
        lock (gate)
        {
            return byMethod.TryGetValue(method, out var calls) ? calls.Count : 0;
        }
    }

    /// <summary>How many times <paramref name="method"/> was called for <paramref name="chatId"/> (its chat_id).</summary>
    public int CountOf(string method, long chatId)
    {
        lock (gate)
        {
            return perChat.GetValueOrDefault((method, chatId));
        }
    }

    /// <summary>Waits until <paramref name="method"/> has been called <paramref name="count"/> times for one chat; false after the timeout.</summary>
    public async Task<bool> WaitForChatAsync(string method, long chatId, int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
                if (perChat.GetValueOrDefault((method, chatId)) >= count)
                {
                    return true;
                }
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.WhenAny(next, Task.Delay(left));
        }
    }

    /// <summary>Answers the next calls of <paramref name="method"/> with these, in order; then the default behaviour again.</summary>
    public void Script(string method, params FakeResponse[] responses)
    {
        lock (gate)
        {
            if (!scripts.TryGetValue(method, out var queue))
            {
                scripts[method] = queue = new Queue<FakeResponse>();
            }

            foreach (var response in responses)
            {
                queue.Enqueue(response);
            }
        }
    }

    /// <summary>
    /// Answers the next getUpdates calls with <paramref name="polls"/> and returns once the bot has handled
    /// them all: the poll loop only polls again after a batch is handled, so the poll after the last
    /// scripted one proves it. A poll already waiting when this is called never takes a script (scripts
    /// are taken when a request arrives), so the count is exact.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> DeliverAsync(params FakeResponse[] polls)
    {
        int before;
        lock (gate)
        {
            before = byMethod.TryGetValue("getUpdates", out var calls) ? calls.Count : 0;
        }

        Script("getUpdates", polls);
        return await WaitForAsync("getUpdates", before + polls.Length + 1);
    }

    /// <summary>Makes updates available to getUpdates (a waiting long poll returns at once).</summary>
    public void EnqueueUpdates(params string[] updates)
    {
        lock (gate)
        {
            foreach (var update in updates)
            {
                using var json = JsonDocument.Parse(update);
                pending.Add((json.RootElement.GetProperty("update_id").GetInt64(), update));
            }
        }

        Pulse();
    }

    public int PendingUpdates
    {
        get
        {
            lock (gate)
            {
                return pending.Count;
            }
        }
    }

    /// <summary>Waits until <paramref name="method"/> has been called <paramref name="count"/> times (or fails after the timeout).</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(string method, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            var calls = CountOf(method);
            if (calls >= count)
            {
                return Calls(method);
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} call(s) of {method}, got {calls}: {string.Join(", ", Requests.Select(r => r.Method).Take(100))}");
            }

            await Task.WhenAny(next, Task.Delay(left));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        closing.Dispose();
    }

    private void Pulse()
    {
        TaskCompletionSource old;
        lock (gate)
        {
            old = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? string.Empty;
        var prefix = "/bot" + Token + "/";
        var method = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : string.Empty;
        var recorded = new RecordedRequest(
            context.Request.Method,
            path,
            method,
            context.Request.ContentType,
            body,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            DateTimeOffset.UtcNow);
        FakeResponse? scripted = null;
        var chat = ChatOf(body);
        lock (gate)
        {
            requests.Add(recorded);
            if (chat is { } id)
            {
                perChat[(method, id)] = perChat.GetValueOrDefault((method, id)) + 1;
            }

            if (!byMethod.TryGetValue(method, out var calls))
            {
                byMethod[method] = calls = [];
            }

            calls.Add(recorded);
            if (scripts.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                scripted = queue.Dequeue();
            }
        }

        Pulse();
        if (method.Length == 0)
        {
            // Any other token (or path) is refused the way Telegram refuses a revoked token.
            await WriteAsync(context, FakeResponse.Fixture("error_401.json"));
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, closing.Token);
        try
        {
            await RespondAsync(context, scripted ?? FakeResponse.Default(), recorded, linked.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }

    private static long? ChatOf(string body)
    {
        if (!body.Contains("\"chat_id\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("chat_id", out var chat) && chat.TryGetInt64(out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RespondAsync(HttpContext context, FakeResponse response, RecordedRequest request, CancellationToken cancellationToken)
    {
        switch (response.Kind)
        {
            case FakeResponseKind.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return;
            case FakeResponseKind.Abort:
                context.Abort();
                return;
            case FakeResponseKind.Delay:
                await Task.Delay(response.Delay, cancellationToken);
                await RespondAsync(context, response.Then ?? FakeResponse.Default(), request, cancellationToken);
                return;
            case FakeResponseKind.Body:
                await WriteAsync(context, response);
                return;
            default:
                await WriteAsync(context, await DefaultAsync(request, cancellationToken));
                return;
        }
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        await context.Response.WriteAsync(response.Body);
    }

    /// <summary>What the fake does when no script says otherwise.</summary>
    private async Task<FakeResponse> DefaultAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        var json = request.Body.Length > 0 && request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
            ? JsonNode.Parse(request.Body)?.AsObject()
            : null;
        switch (request.Method)
        {
            case "getMe":
                return FakeResponse.Fixture("getme_response.json");
            case "getUpdates":
                return await GetUpdatesAsync(json, cancellationToken);
            case "setWebhook":
                WebhookUrl = json?["url"]?.GetValue<string>() ?? string.Empty;
                return FakeResponse.Fixture("ok_true.json");
            case "deleteWebhook":
                WebhookUrl = string.Empty;
                return FakeResponse.Fixture("ok_true.json");
            case "getWebhookInfo":
                return WebhookUrl.Length == 0 ? FakeResponse.Fixture("webhook_info_polling.json") : FakeResponse.Fixture("webhook_info.json");
            case "sendMessage":
                return SendMessage(json);
            case "editMessageText":
                return json?["text"]?.GetValue<string>() is { } edited && HtmlProblem(edited, json["parse_mode"]?.GetValue<string>()) is { } bad
                    ? bad
                    : FakeResponse.Ok(MessageJson(json?["chat_id"]?.GetValue<long>() ?? 0, json?["text"]?.GetValue<string>() ?? string.Empty, json?["message_id"]?.GetValue<long>()));
            case "sendDocument":
                return FakeResponse.Ok(MessageJson(0, string.Empty, null));
            case "answerCallbackQuery" or "setMyCommands" or "sendChatAction":
                return FakeResponse.Fixture("ok_true.json");
            default:
                return FakeResponse.Fixture("error_404_method.json");
        }
    }

    private async Task<FakeResponse> GetUpdatesAsync(JsonObject? json, CancellationToken cancellationToken)
    {
        var offset = json?["offset"]?.GetValue<long>();
        var limit = json?["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(json?["timeout"]?.GetValue<int>() ?? 0);
        if (WebhookUrl.Length > 0)
        {
            return FakeResponse.Fixture("error_409_webhook_active.json");
        }

        var deadline = DateTimeOffset.UtcNow + (timeout < MaxHold ? timeout : MaxHold);
        while (true)
        {
            Task next;
            List<string> batch;
            lock (gate)
            {
                next = changed.Task;
                if (offset is { } confirmed)
                {
                    // An offset confirms every update below it: the server forgets them.
                    ConfirmedOffset = Math.Max(ConfirmedOffset, confirmed);
                    pending.RemoveAll(u => u.Id < confirmed);
                }

                batch = pending.Take(limit).Select(u => u.Json).ToList();
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (batch.Count > 0 || left <= TimeSpan.Zero)
            {
                return FakeResponse.Updates([.. batch]);
            }

            await Task.WhenAny(next, Task.Delay(left, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private FakeResponse SendMessage(JsonObject? json)
    {
        if (json?["chat_id"] is null || json["text"] is null)
        {
            return FakeResponse.Error(400, "Bad Request: chat_id and text are required");
        }

        var text = json["text"]!.GetValue<string>();
        if (HtmlProblem(text, json["parse_mode"]?.GetValue<string>()) is { } problem)
        {
            return problem;
        }

        foreach (var data in json["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(r => r!.AsArray()).Select(b => b?["callback_data"]?.GetValue<string>()) ?? [])
        {
            if (data is not null && Encoding.UTF8.GetByteCount(data) is 0 or > 64)
            {
                return FakeResponse.Error(400, "Bad Request: BUTTON_DATA_INVALID");
            }
        }

        return FakeResponse.Ok(MessageJson(json["chat_id"]!.GetValue<long>(), text, null));
    }

    /// <summary>The 400 the real server gives for this text, or null when it would accept it.</summary>
    private static FakeResponse? HtmlProblem(string text, string? parseMode)
    {
        var visible = text;
        if (parseMode == "HTML")
        {
            var plain = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '<')
                {
                    var close = text.IndexOf('>', i);
                    if (close < 0)
                    {
                        return FakeResponse.Fixture("error_400_parse_entities.json");
                    }

                    var tag = text[(i + 1)..close].TrimStart('/').Split(' ', '=')[0];
                    if (!AllowedTags.Contains(tag))
                    {
                        return FakeResponse.Error(400, $"Bad Request: can't parse entities: Unsupported start tag \\\"{tag}\\\" at byte offset {i}");
                    }

                    i = close;
                }
                else if (text[i] == '&')
                {
                    var semicolon = text.IndexOf(';', i);
                    var entity = semicolon < 0 ? string.Empty : text[i..(semicolon + 1)];
                    if (entity is not ("&lt;" or "&gt;" or "&amp;" or "&quot;") && !(entity.StartsWith("&#", StringComparison.Ordinal) && entity.Length > 3))
                    {
                        return FakeResponse.Error(400, $"Bad Request: can't parse entities: Character entity expected at byte offset {i}");
                    }

                    plain.Append(WebUtility.HtmlDecode(entity));
                    i = semicolon;
                }
                else if (text[i] == '>')
                {
                    return FakeResponse.Error(400, "Bad Request: can't parse entities: Unexpected end tag");
                }
                else
                {
                    plain.Append(text[i]);
                }
            }

            visible = plain.ToString();
        }

        if (visible.Trim().Length == 0)
        {
            return FakeResponse.Error(400, "Bad Request: message text is empty");
        }

        return visible.Length > 4096 ? FakeResponse.Fixture("error_400_message_too_long.json") : null;
    }

    private string MessageJson(long chatId, string text, long? messageId)
    {
        var id = messageId ?? Interlocked.Increment(ref nextMessageId);
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["from"] = new JsonObject { ["id"] = 7000000001L, ["is_bot"] = true, ["first_name"] = "Acme FAQ", ["username"] = "acme_faq_bot" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
            ["some_future_field"] = new JsonObject { ["nested"] = true },
        };
        return message.ToJsonString();
    }

    /// <summary>An update JSON for a private text message (ids default to the fixtures' user).</summary>
    public static string TextUpdate(long updateId, string text, long chatId = 6012345678, long userId = 6012345678, string chatType = "private", string language = "id")
    {
        var message = new JsonObject
        {
            ["message_id"] = updateId % 100000,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Siti", ["language_code"] = language },
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType },
            ["date"] = 1768471200,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = end < 0 ? text.Length : end, ["type"] = "bot_command" });
        }

        return new JsonObject { ["update_id"] = updateId, ["message"] = message }.ToJsonString();
    }

    /// <summary>An update JSON for a button press on bot message <paramref name="messageId"/>.</summary>
    public static string CallbackUpdate(long updateId, string data, long chatId = 6012345678, long userId = 6012345678, long messageId = 107, string? messageText = "Pertanyaan?", string? label = "Pilihan")
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["date"] = messageText is null ? 0 : 1768471300,
        };
        if (messageText is not null)
        {
            message["text"] = messageText;
            message["reply_markup"] = new JsonObject
            {
                ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = label, ["callback_data"] = data })),
            };
        }

        var query = new JsonObject
        {
            ["id"] = "cq-" + updateId.ToString(CultureInfo.InvariantCulture),
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Siti", ["language_code"] = "id" },
            ["message"] = message,
            ["chat_instance"] = "-1",
            ["data"] = data,
        };
        return new JsonObject { ["update_id"] = updateId, ["callback_query"] = query }.ToJsonString();
    }

    /// <summary>An update JSON sharing a contact (the sender's own when <paramref name="contactUserId"/> equals the sender).</summary>
    public static string ContactUpdate(long updateId, string phone, long? contactUserId, long userId = 6012345678)
    {
        var contact = new JsonObject { ["phone_number"] = phone, ["first_name"] = "Siti" };
        if (contactUserId is { } id)
        {
            contact["user_id"] = id;
        }

        var message = new JsonObject
        {
            ["message_id"] = updateId % 100000,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Siti", ["language_code"] = "id" },
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private" },
            ["date"] = 1768471200,
            ["contact"] = contact,
        };
        return new JsonObject { ["update_id"] = updateId, ["message"] = message }.ToJsonString();
    }
}
