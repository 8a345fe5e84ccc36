using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// The REST half of the thin Discord client: the few endpoints this bot calls, over one HttpClient whose
/// base address is Discord:ApiBaseUrl. Every request carries the bot token, Discord's User-Agent and (with a
/// body) application/json; goes through <see cref="RestRateLimiter"/>; waits and retries on 429; retries
/// timeouts and 5xx a few times with the same body (so a create-message keeps its nonce); and stops all
/// traffic after a 401. Logs name route templates only: interaction tokens sit in paths and stay out of logs.
/// Interaction routes (callback, follow-up, edit of @original) are authorised by the interaction token in
/// their path, not by the bot token: without Discord:Token (HTTP-only interactions) they are sent with no
/// Authorization header, and a 401 on one of them (an expired interaction) does not stop other traffic.
/// </summary>
internal sealed partial class DiscordRestClient
{
    private const int MaxAttempts = 3;
    private const int MaxRateLimitRetries = 5;

    private readonly HttpClient http;
    private readonly RestRateLimiter limiter;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly string? authorization;
    private readonly string userAgent;
    private readonly TimeSpan requestTimeout;
    private volatile bool unauthorized;

    public DiscordRestClient(HttpClient http, DiscordOptions options, RestRateLimiter limiter, TimeProvider clock, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.limiter = limiter;
        this.clock = clock;
        this.logger = logger;
        authorization = options.HasToken ? "Bot " + options.Token : null;
        userAgent = $"DiscordBot ({options.UserAgentUrl}, 1.0)";
        requestTimeout = options.RequestTimeout;
    }

    /// <summary>True after a 401: nothing more is sent until the process restarts with a good token.</summary>
    public bool Unauthorized => unauthorized;

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(new RestRoute(HttpMethod.Get, "/gateway/bot", string.Empty, "gateway/bot"), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "/channels/{channel.id}/messages", channelId, $"channels/{Segment(channelId)}/messages"),
            Serialize(body, DiscordJsonContext.Default.MessageBody),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    public Task<DiscordChannelInfo> CreateDmAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "/users/@me/channels", string.Empty, "users/@me/channels"),
            Serialize(new CreateDmRequest(userId), DiscordJsonContext.Default.CreateDmRequest),
            DiscordJsonContext.Default.DiscordChannelInfo,
            cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<object>(CallbackRoute(interactionId, token), Serialize(response, DiscordJsonContext.Default.InteractionResponse), null, cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, ModalResponse response, CancellationToken cancellationToken) =>
        SendAsync<object>(CallbackRoute(interactionId, token), Serialize(response, DiscordJsonContext.Default.ModalResponse), null, cancellationToken);

    public Task<DiscordMessage> CreateFollowupAsync(string applicationId, string token, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, "/webhooks/{application.id}/{interaction.token}", applicationId + "/" + token, $"webhooks/{Segment(applicationId)}/{Segment(token)}", ExemptFromGlobal: true),
            Serialize(body, DiscordJsonContext.Default.MessageBody),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    public Task<DiscordMessage> EditOriginalAsync(string applicationId, string token, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Patch, "/webhooks/{application.id}/{interaction.token}/messages/@original", applicationId + "/" + token,
                $"webhooks/{Segment(applicationId)}/{Segment(token)}/messages/@original", ExemptFromGlobal: true),
            Serialize(body, DiscordJsonContext.Default.MessageBody),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    /// <summary>Replaces every command in the scope: the guild's when <paramref name="guildId"/> is set, else the global set.</summary>
    public Task<List<ApplicationCommand>> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = string.IsNullOrWhiteSpace(guildId)
            ? new RestRoute(HttpMethod.Put, "/applications/{application.id}/commands", applicationId, $"applications/{Segment(applicationId)}/commands")
            : new RestRoute(HttpMethod.Put, "/applications/{application.id}/guilds/{guild.id}/commands", guildId,
                $"applications/{Segment(applicationId)}/guilds/{Segment(guildId)}/commands");
        return SendAsync(route, Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), DiscordJsonContext.Default.ListApplicationCommand, cancellationToken);
    }

    private static RestRoute CallbackRoute(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction.id}/{interaction.token}/callback", interactionId,
            $"interactions/{Segment(interactionId)}/{Segment(token)}/callback", ExemptFromGlobal: true);

    /// <summary>
    /// One request with Discord's rules: the route's bucket first; a transport failure or a 5xx is retried
    /// with back-off up to <see cref="MaxAttempts"/>; a 429 updates the limiter and waits as told; a 401 on
    /// the bot's own routes stops all REST traffic (the token is wrong), on an interaction route only fails it.
    /// </summary>
    private async Task<T> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
    {
        var transientFailures = 0;
        var rateLimited = 0;
        while (true)
        {
            if (unauthorized)
            {
                throw new DiscordAuthenticationException();
            }

            await limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            var (response, failure) = await SendOnceAsync(route, body, cancellationToken).ConfigureAwait(false);
            if (response is null)
            {
                await BackOffAsync(route, ++transientFailures, failure!.GetType().Name,
                    () => new DiscordTransportException($"Discord did not answer {route} after {MaxAttempts} attempts.", failure), cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var info = RateLimitInfo.From(response.Headers);
                limiter.Update(route, info);
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    OnRateLimited(route, text, info, ++rateLimited);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && !route.ExemptFromGlobal)
                {
                    unauthorized = true;
                    LogUnauthorized(logger, route.RouteKey);
                    throw new DiscordAuthenticationException();
                }

                if ((int)response.StatusCode >= 500)
                {
                    var status = (int)response.StatusCode;
                    await BackOffAsync(route, ++transientFailures, "HTTP " + status,
                        () => new DiscordTransportException($"Discord answered {route} with HTTP {status} {MaxAttempts} times."), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                return Read(route, response.StatusCode, text, responseType);
            }
        }
    }

    /// <summary>The response, or null and the transport failure (a timeout of this attempt, a refused connection).</summary>
    private async Task<(HttpResponseMessage? Response, Exception? Failure)> SendOnceAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        using var attempt = new CancellationTokenSource(requestTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attempt.Token);
        using var request = Build(route, body);
        try
        {
            return (await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or OperationCanceledException)
        {
            return (null, ex);
        }
    }

    private async Task BackOffAsync(RestRoute route, int failures, string reason, Func<Exception> giveUp, CancellationToken cancellationToken)
    {
        if (failures >= MaxAttempts)
        {
            throw giveUp();
        }

        LogTransientRetry(logger, route.RouteKey, reason);
        await Task.Delay(RetryDelay(failures), clock, cancellationToken).ConfigureAwait(false);
    }

    private void OnRateLimited(RestRoute route, string text, RateLimitInfo info, int times)
    {
        var error = TryParseError(text);
        var retryAfter = error?.RetryAfter is { } seconds and >= 0 and < 86_400 ? TimeSpan.FromSeconds(seconds) : info.RetryAfter ?? TimeSpan.FromSeconds(1);
        var global = error?.Global == true || info.IsGlobal;
        limiter.OnTooManyRequests(route, retryAfter, global);
        LogRateLimited(logger, route.RouteKey, retryAfter.TotalSeconds, global, info.Scope ?? "-");
        if (times > MaxRateLimitRetries)
        {
            throw new DiscordTransportException($"Discord kept rate-limiting {route}.");
        }
    }

    private static T Read<T>(RestRoute route, HttpStatusCode status, string text, JsonTypeInfo<T>? responseType)
    {
        if ((int)status is < 200 or > 299)
        {
            var error = TryParseError(text);
            throw new DiscordApiException(route.RouteKey, status, error?.Code, error?.Message, DiscordApiException.FlattenErrors(error?.Errors));
        }

        if (responseType is null || status == HttpStatusCode.NoContent || text.Length == 0)
        {
            return default!;
        }

        return JsonSerializer.Deserialize(text, responseType)
            ?? throw new DiscordTransportException($"Discord answered {route} with an empty body.");
    }

    private HttpRequestMessage Build(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(route.Path, UriKind.Relative));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private static TimeSpan RetryDelay(int failures) => TimeSpan.FromMilliseconds(250 * (1 << Math.Min(failures, 5)));

    private static DiscordErrorBody? TryParseError(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            // A proxy's HTML page or plain text: the status and the headers still say what to do.
            return null;
        }
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    private static string Segment(string value) => Uri.EscapeDataString(value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: waiting {Seconds:0.###} s (global: {Global}, scope: {Scope})")]
    private static partial void LogRateLimited(ILogger logger, string route, double seconds, bool global, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord request {Route} failed ({Reason}); retrying")]
    private static partial void LogTransientRetry(ILogger logger, string route, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord answered {Route} with 401 Unauthorized: the bot token is wrong or was reset. All Discord REST traffic stops; set Discord:Token and restart")]
    private static partial void LogUnauthorized(ILogger logger, string route);
}
