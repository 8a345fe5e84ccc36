using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Channels.Telegram.Processing;
using Jamsos.Outreach.Bot.Core.Pacing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Webhook;

/// <summary>
/// The webhook's routes. POST {path}: a wrong or missing secret → 401 and nothing else; a body that is
/// not one JSON Update → 400 (never a 5xx, which would make Telegram redeliver it forever); otherwise the
/// update is queued and answered 200 at once, and handled off the request path. A full queue → 503 with
/// Retry-After, so Telegram backs off and redelivers. GET /healthz: the channel's health as JSON.
/// </summary>
internal static partial class TelegramWebhookEndpoints
{
    /// <summary>The counter for refused requests: at most one log line a minute, with the count.</summary>
    public static RefusalCounter RefusalCounter(TimeProvider clock, ILogger logger) =>
        new(clock, Core.Pacing.RefusalCounter.DefaultInterval, (count, _) => LogRejected(logger, count));

    public static void Map(IEndpointRouteBuilder routes, string path, SecretTokenCheck secret, ChatOrderedQueue queue, TelegramHealth health, RefusalCounter rejections, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapPost(path, (RequestDelegate)(context => ReceiveAsync(context, secret, queue, rejections, logger)));
        routes.MapGet("/healthz", (RequestDelegate)(async context =>
        {
            var (healthy, json) = health.Snapshot();
            context.Response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
        }));
    }

    private static async Task ReceiveAsync(HttpContext context, SecretTokenCheck secret, ChatOrderedQueue queue, RefusalCounter rejections, ILogger logger)
    {
        if (!secret.Matches(context.Request.Headers[SecretTokenCheck.HeaderName]))
        {
            rejections.Count("secret");

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Update? update;
        try
        {
            // The library's own JSON options: with the host's defaults, dates, entity types and
            // callback_query come back empty (known pitfalls in its tracker).
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        catch (BadHttpRequestException ex)
        {
            LogMalformed(logger, ex.Message);
            context.Response.StatusCode = ex.StatusCode;
            return;
        }

        if (update is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!queue.TryEnqueue(update))
        {
            LogQueueFull(logger, update.Id);
            context.Response.Headers.RetryAfter = "5";
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram webhook: {Count} request(s) without the right secret token refused with 401 in the last minute")]
    private static partial void LogRejected(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram webhook body is not an Update ({Reason}): refused with 400")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram webhook queue is full; update {UpdateId} refused with 503 for Telegram to retry")]
    private static partial void LogQueueFull(ILogger logger, long updateId);
}
