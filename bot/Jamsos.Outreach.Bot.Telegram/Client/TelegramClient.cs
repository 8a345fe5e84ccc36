using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jamsos.Outreach.Bot.Channels.Telegram.Api;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// A thin Bot API client: one POST with a JSON body per call (multipart only for file uploads), the
/// envelope unwrapped, <c>ok:false</c> raised as <see cref="TelegramApiException"/> whatever the HTTP
/// status, and everything below the API (network, timeouts, non-JSON bodies) as
/// <see cref="TelegramTransportException"/>. One attempt per call: retry policy lives with the callers,
/// which know whether a call is safe to repeat. The base URL is configurable so tests point it at a
/// loopback fake. The token is part of every URL, so neither URLs nor the token ever reach an exception
/// message, and the HttpClient is built without logging handlers.
/// </summary>
internal sealed class TelegramClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    /// <summary>The generated context with an encoder that writes non-ASCII (Cyrillic, emoji) as raw UTF-8.</summary>
    private static readonly TelegramJsonContext Context = new(new System.Text.Json.JsonSerializerOptions(TelegramJsonContext.Default.Options) { Encoder = RawUtf8JsonEncoder.Instance });

    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly string prefix;
    private readonly string token;
    private readonly TimeSpan requestTimeout;
    private readonly TimeSpan pollSlack;

    public TelegramClient(HttpClient http, TelegramOptions options, bool ownsHttp = false)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.ownsHttp = ownsHttp;
        token = options.Token;
        prefix = options.ApiBaseUrl.TrimEnd('/') + "/bot" + options.Token + "/";
        requestTimeout = options.RequestTimeout;
        pollSlack = options.PollClientSlack;
    }

    /// <summary>An HttpClient for this client: no logging handlers, no overall timeout (each call sets its own).</summary>
    public static HttpClient CreateHttpClient(int maxConnections = 64) => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        MaxConnectionsPerServer = maxConnections,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = 16 * 1024 * 1024,
    };

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        CallAsync("getMe", EmptyRequest.Instance, Context.EmptyRequest, Context.ApiResponseUser, requestTimeout, cancellationToken);

    /// <summary>Long poll: the client waits the poll timeout plus a slack before giving up.</summary>
    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.Timeout)) + pollSlack;
        var updates = await CallAsync("getUpdates", request, Context.GetUpdatesRequest, Context.ApiResponseListUpdate, timeout, cancellationToken).ConfigureAwait(false);
        return updates ?? [];
    }

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("setWebhook", request, Context.SetWebhookRequest, Context.ApiResponseBoolean, requestTimeout, cancellationToken);

    public Task<bool> DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default) =>
        CallAsync("deleteWebhook", new DeleteWebhookRequest { DropPendingUpdates = dropPendingUpdates }, Context.DeleteWebhookRequest, Context.ApiResponseBoolean, requestTimeout, cancellationToken);

    public Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken = default) =>
        CallAsync("getWebhookInfo", EmptyRequest.Instance, Context.EmptyRequest, Context.ApiResponseWebhookInfo, requestTimeout, cancellationToken);

    /// <summary>Sends a message after checking its length and keyboard; returns the sent message.</summary>
    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        TelegramRequestValidator.ValidateText(request.Text, request.ParseMode);
        TelegramRequestValidator.ValidateMarkup(request.ReplyMarkup);
        return CallAsync("sendMessage", request, Context.SendMessageRequest, Context.ApiResponseMessage, requestTimeout, cancellationToken);
    }

    /// <summary>
    /// Edits a message's text. "Message is not modified" (a double tap, a redelivery) counts as success:
    /// the message already shows what we wanted.
    /// </summary>
    public async Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        TelegramRequestValidator.ValidateText(request.Text, request.ParseMode);
        TelegramRequestValidator.ValidateMarkup(request.ReplyMarkup);
        try
        {
            // The result is the edited Message, or true for inline-mode messages: read as raw JSON.
            await CallAsync("editMessageText", request, Context.EditMessageTextRequest, Context.ApiResponseJsonElement, requestTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex) when (ex.IsNotModified)
        {
        }
    }

    /// <summary>Answers a button press. Returns false when the query is too old or already answered (never worth retrying).</summary>
    public async Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Text is { Length: > TelegramRequestValidator.MaxCallbackAnswerLength })
        {
            throw new ArgumentException($"answerCallbackQuery text is at most {TelegramRequestValidator.MaxCallbackAnswerLength} characters.", nameof(request));
        }

        try
        {
            return await CallAsync("answerCallbackQuery", request, Context.AnswerCallbackQueryRequest, Context.ApiResponseBoolean, requestTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex) when (ex.IsQueryTooOld)
        {
            return false;
        }
    }

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        TelegramRequestValidator.ValidateCommands(request.Commands, request.LanguageCode);
        return CallAsync("setMyCommands", request, Context.SetMyCommandsRequest, Context.ApiResponseBoolean, requestTimeout, cancellationToken);
    }

    public Task<bool> SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken = default) =>
        CallAsync("sendChatAction", new SendChatActionRequest { ChatId = chatId, Action = action }, Context.SendChatActionRequest, Context.ApiResponseBoolean, requestTimeout, cancellationToken);

    /// <summary>Uploads a file (multipart/form-data: the one call that cannot be JSON).</summary>
    public Task<Message> SendDocumentAsync(long chatId, string fileName, string contentType, byte[] content, string? caption = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var form = new MultipartFormDataContent
        {
            { new StringContent(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
        };
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "document", fileName);
        return SendAsync("sendDocument", form, Context.ApiResponseMessage, requestTimeout, cancellationToken);
    }

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private Task<TResult> CallAsync<TRequest, TResult>(
        string method, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<ApiResponse<TResult>> responseType, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, requestType));
        body.Headers.ContentType = Json;
        return SendAsync(method, body, responseType, timeout, cancellationToken);
    }

    private async Task<TResult> SendAsync<TResult>(string method, HttpContent body, JsonTypeInfo<ApiResponse<TResult>> responseType, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var content = new SendTrackingContent(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, prefix + method) { Content = content };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        int status;
        byte[] bytes;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            bytes = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramTransportException(method, TransportFailure.Timeout, content.BodySent, null, string.Empty, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            var (detail, inner) = Redact(ex);
            throw new TelegramTransportException(method, TransportFailure.Connection, content.BodySent, null, detail, inner);
        }

        ApiResponse<TResult>? parsed;
        try
        {
            parsed = bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, responseType);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null || (!parsed.Ok && parsed.ErrorCode is null && parsed.Description is null))
        {
            throw new TelegramTransportException(method, TransportFailure.BadResponse, true, status, string.Empty, null);
        }

        if (!parsed.Ok)
        {
            throw new TelegramApiException(method, parsed.ErrorCode ?? status, parsed.Description ?? string.Empty,
                parsed.Parameters?.RetryAfter, parsed.Parameters?.MigrateToChatId);
        }

        return parsed.Result!;
    }

    /// <summary>
    /// The network exception's message for ours, and the exception itself as inner only when no message
    /// in its chain could carry the token (handlers name host and port, not the path, but we check).
    /// </summary>
    private (string Detail, Exception? Inner) Redact(Exception ex)
    {
        var leaks = false;
        for (var e = ex; e is not null; e = e.InnerException)
        {
            leaks |= (token.Length > 0 && e.Message.Contains(token, StringComparison.Ordinal)) || e.Message.Contains(prefix, StringComparison.Ordinal);
        }

        var message = ex.InnerException?.Message ?? ex.Message;
        return leaks ? (token.Length > 0 ? message.Replace(token, "<token>", StringComparison.Ordinal) : "details withheld", null) : (message, ex);
    }
}
