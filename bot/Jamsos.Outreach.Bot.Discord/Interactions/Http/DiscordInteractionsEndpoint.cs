using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>
/// POST /discord/interactions. The body is read with a bound (larger → 413) and its signature checked on
/// the raw bytes (anything wrong → 401, counted by <see cref="RejectedRequestLog"/>, nothing runs). PING is
/// answered PONG. Everything else goes to the gateway's <see cref="InteractionRouter"/> off the request,
/// with an <see cref="InlineSlot"/> open, so the handler's initial response (type 4, 5, 6, 7 or 9) becomes
/// this reply's body. Should no handler answer by DeferAfter plus a margin (stuck before reaching the
/// responder), the endpoint replies type 5 itself and a later answer becomes an edit of @original.
/// </summary>
internal sealed partial class DiscordInteractionsEndpoint : IHttpEndpoints
{
    /// <summary>Past DeferAfter, before Discord's 3 s: the responder's own defer normally comes first.</summary>
    private static readonly TimeSpan FallbackMargin = TimeSpan.FromMilliseconds(250);

    private static readonly byte[] Pong = JsonSerializer.SerializeToUtf8Bytes(
        new InteractionResponse(InteractionCallbackTypes.Pong, null), DiscordJsonContext.Default.InteractionResponse);

    private static readonly byte[] Deferred = JsonSerializer.SerializeToUtf8Bytes(
        new InteractionResponse(InteractionCallbackTypes.DeferredChannelMessageWithSource, new MessageBody { Flags = MessageFlags.Ephemeral, AllowedMentions = null }),
        DiscordJsonContext.Default.InteractionResponse);

    private readonly DiscordInteractionsOptions options;
    private readonly InteractionSignature signature;
    private readonly RejectedRequestLog rejected;
    private readonly InlineCallbacks inline;
    private readonly InteractionRouter router;
    private readonly DispatchWork work;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    public DiscordInteractionsEndpoint(
        DiscordOptions options, RejectedRequestLog rejected, InlineCallbacks inline, InteractionRouter router, DispatchWork work, TimeProvider clock, ILogger<DiscordInteractionsEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Interactions;
        signature = new InteractionSignature(options.PublicKey!, options.Interactions.MaxTimestampAge, clock);
        this.rejected = rejected;
        this.inline = inline;
        this.router = router;
        this.work = work;
        this.clock = clock;
        this.logger = logger;
    }

    public string Name => "Discord interactions " + DiscordInteractionsOptions.Path;

    public string ListenUrls => options.ListenUrls;

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost(DiscordInteractionsOptions.Path, (RequestDelegate)HandleAsync);

    internal async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var receivedAt = clock.GetUtcNow();
        var body = await ReadBoundedAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            rejected.Count("too large");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var verdict = signature.Check(context.Request.Headers[InteractionSignature.SignatureHeader], context.Request.Headers[InteractionSignature.TimestampHeader], body);
        if (verdict != SignatureVerdict.Valid)
        {
            rejected.Count(verdict.ToString());
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            // Signed by Discord yet unreadable: worth a line (it cannot be a flood of forgeries).
            LogMalformed(logger, ex.Message);
            interaction = null;
        }

        if (interaction is null || interaction.Id.Length == 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var answer = interaction.Type == InteractionTypes.Ping ? Pong : await AnswerAsync(interaction, receivedAt, context.RequestAborted).ConfigureAwait(false);
        if (answer is null)
        {
            // Nothing to say in this reply (a repeated request, a bot, a type the bot does not use).
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<byte[]?> AnswerAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken aborted)
    {
        var slot = inline.Open(interaction.Id);
        if (slot is null)
        {
            return null;
        }

        // The handler runs until the host stops, not until this request ends: its edits and follow-ups outlive the reply.
        work.Run("interaction", async ct =>
        {
            try
            {
                await router.HandleAsync(interaction, receivedAt, ct).ConfigureAwait(false);
            }
            finally
            {
                inline.Close(interaction.Id);
            }
        });

        var left = receivedAt + options.DeferAfter + FallbackMargin - clock.GetUtcNow();
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted))
        {
            var first = await Task.WhenAny(slot.Answer, Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock, wait.Token)).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
            if (first != slot.Answer && slot.TryDefer())
            {
                LogFallbackDefer(logger, interaction.Id);
                return Deferred;
            }
        }

        return await slot.Answer.ConfigureAwait(false);
    }

    /// <summary>The raw body, or null when it exceeds <paramref name="max"/> bytes (declared or actually sent).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A signed Discord interaction request is not an interaction ({Reason}): refused with 400")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord interaction {InteractionId} had no initial response in time: the endpoint deferred it")]
    private static partial void LogFallbackDefer(ILogger logger, string interactionId);
}
