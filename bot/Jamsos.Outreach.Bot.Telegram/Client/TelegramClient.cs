using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// The Bot API client: Telegram.Bot's <see cref="TelegramBotClient"/> (its request and update types, so
/// new Bot API fields arrive with a package update) with our sending discipline in
/// <see cref="SendRequest{TResponse}"/>. One attempt per call: the library's own 429 retry is off
/// (RetryThreshold 0; it would silently resend a sendMessage) and retry policy stays with the callers,
/// which know whether a call is safe to repeat. Every call is a POST with a JSON body (multipart only for
/// uploads, see <see cref="WireJson"/>) and its own timeout; the envelope is read whatever the status
/// (<see cref="BotApiEnvelope"/>): ok:false is <see cref="TelegramApiException"/>, everything below the
/// API (network, timeouts, non-JSON bodies) <see cref="TelegramTransportException"/>, which says whether
/// the request body had gone out (<see cref="SendTrackingHandler"/>). The base URL is configurable so
/// tests point the whole client at a loopback fake. The token is in every URL: the HttpClient has no
/// logging handler, and no URL, token or unredacted remote text reaches an exception message.
/// </summary>
internal sealed class TelegramClient : TelegramBotClient, IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly string requestUrl;
    private readonly TokenRedactor redactor;
    private readonly TimeSpan requestTimeout;
    private readonly TimeSpan pollSlack;

    public TelegramClient(HttpClient http, TelegramOptions options, bool ownsHttp = false)
        : this(http, options, LibraryOptions(options), ownsHttp)
    {
    }

    private TelegramClient(HttpClient http, TelegramOptions options, TelegramBotClientOptions library, bool ownsHttp)
        : base(library, http)
    {
        this.http = http;
        this.ownsHttp = ownsHttp;
        requestUrl = library.BaseRequestUrl + "/";
        redactor = new TokenRedactor(options.Token);
        requestTimeout = options.RequestTimeout;
        pollSlack = options.PollClientSlack;
    }

    /// <summary>
    /// An HttpClient for this client: the send-tracking handler over sockets, no logging handlers, no
    /// overall timeout (each call sets its own).
    /// </summary>
    public static HttpClient CreateHttpClient(int maxConnections = 64) => new(new SendTrackingHandler(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        MaxConnectionsPerServer = maxConnections,
    }))
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = 16 * 1024 * 1024,
    };

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        SendRequest(new GetMeRequest(), cancellationToken);

    /// <summary>Long poll: the client waits the poll timeout plus a slack before giving up.</summary>
    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default) =>
        await SendRequest(request, cancellationToken).ConfigureAwait(false) ?? [];

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default) =>
        SendRequest(request, cancellationToken);

    public Task<bool> DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default) =>
        SendRequest(new DeleteWebhookRequest { DropPendingUpdates = dropPendingUpdates }, cancellationToken);

    public Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken = default) =>
        SendRequest(new GetWebhookInfoRequest(), cancellationToken);

    /// <summary>Sends a message after checking its length and keyboard; returns the sent message.</summary>
    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        SendRequest(request, cancellationToken);

    /// <summary>
    /// Edits a message's text. "Message is not modified" (a double tap, a redelivery) counts as success:
    /// the message already shows what we wanted.
    /// </summary>
    public async Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            await SendRequest(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex) when (ex.IsNotModified)
        {
        }
    }

    /// <summary>Answers a button press. Returns false when the query is too old or already answered (never worth retrying).</summary>
    public async Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendRequest(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex) when (ex.IsQueryTooOld)
        {
            return false;
        }
    }

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default) =>
        SendRequest(request, cancellationToken);

    public Task<bool> SendChatActionAsync(long chatId, ChatAction action, CancellationToken cancellationToken = default) =>
        SendRequest(new SendChatActionRequest { ChatId = chatId, Action = action }, cancellationToken);

    /// <summary>
    /// Uploads a file (multipart/form-data: the one call that cannot be JSON). Telegram takes the document's
    /// type from its file name, so <paramref name="contentType"/> is not sent; callers name it for the record.
    /// </summary>
    public Task<Message> SendDocumentAsync(long chatId, string fileName, string contentType, byte[] content, string? caption = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        var file = InputFile.FromStream(new MemoryStream(content, writable: false), fileName);
        return SendRequest(new SendDocumentRequest { ChatId = chatId, Document = file, Caption = caption }, cancellationToken);
    }

    /// <summary>
    /// Every call, ours and the library's extension methods alike: checked against the limits Telegram
    /// would refuse, sent once with its own deadline, the envelope read by <see cref="BotApiEnvelope"/>.
    /// </summary>
    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        TelegramRequestValidator.Validate(request);
        var method = request.MethodName;
        var tracker = new SendTracker();
        using var message = new HttpRequestMessage(HttpMethod.Post, requestUrl + method) { Content = WireJson.ToContent(request) };
        message.Options.Set(SendTrackingHandler.Key, tracker);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, GlobalCancelToken);
        deadline.CancelAfter(Deadline(request));
        int status;
        byte[] bytes;
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            bytes = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !GlobalCancelToken.IsCancellationRequested)
        {
            throw new TelegramTransportException(method, TransportFailure.Timeout, tracker.RequestMayHaveArrived, null, string.Empty, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            var (detail, inner) = Redact(ex);
            throw new TelegramTransportException(method, TransportFailure.Connection, tracker.RequestMayHaveArrived, null, detail, inner);
        }

        return BotApiEnvelope.Read<TResponse>(method, status, bytes, redactor);
    }

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    /// <summary>Our options for the library: our base URL and no retries of its own.</summary>
    private static TelegramBotClientOptions LibraryOptions(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TelegramBotClientOptions(options.Token, options.ApiBaseUrl) { RetryThreshold = 0 };
    }

    private TimeSpan Deadline<TResponse>(IRequest<TResponse> request) =>
        request is GetUpdatesRequest poll ? TimeSpan.FromSeconds(Math.Max(0, poll.Timeout ?? 0)) + pollSlack : requestTimeout;

    /// <summary>
    /// The network exception's message for ours, and the exception itself as inner only when no message
    /// in its chain could carry the token (handlers name host and port, not the path, but we check).
    /// </summary>
    private (string Detail, Exception? Inner) Redact(Exception ex)
    {
        var leaks = false;
        for (var e = ex; e is not null; e = e.InnerException)
        {
            leaks |= redactor.Leaks(e.Message) || e.Message.Contains(requestUrl, StringComparison.Ordinal);
        }

        var message = ex.InnerException?.Message ?? ex.Message;
        return leaks ? (redactor.Redact(message), null) : (message, ex);
    }
}
