using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;
using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// Answers an interaction inside Discord's 3-second window. The work starts at once; if its reply is
/// ready before Discord:InteractionDeferAfter (counted from when the frame arrived) it goes out as a
/// type 4 callback, otherwise a type 5 defer goes first (ephemeral when the answer may be personal) and
/// the reply follows as an edit of @original. Chunks beyond the first are follow-ups. A late callback
/// (10062) is logged and dropped; "already acknowledged" (40060, e.g. a retried callback that had
/// arrived) is never answered with a second callback. For an interaction that came over HTTP the initial
/// response (callback, defer or modal) is offered to <see cref="InlineCallbacks"/> and becomes the HTTP
/// reply instead of a REST callback, deferred after Discord:Interactions:DeferAfter (counted from the
/// request's arrival); everything after it is the same for both paths.
/// </summary>
internal sealed partial class InteractionResponder
{
    private readonly DiscordRestClient rest;
    private readonly InlineCallbacks inline;
    private readonly DiscordOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    public InteractionResponder(DiscordRestClient rest, InlineCallbacks inline, DiscordOptions options, TimeProvider clock, ILogger<InteractionResponder> logger)
    {
        this.rest = rest;
        this.inline = inline;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Opens a modal (type 9). It cannot be deferred: this must be the first and immediate answer.</summary>
    public Task OpenModalAsync(Interaction interaction, ModalData modal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return InitialAsync(interaction, new ModalResponse(modal), cancellationToken);
    }

    /// <summary>Answers with <paramref name="work"/>'s reply, deferring first if it is slow.</summary>
    /// <param name="privateIfDeferred">Defer as ephemeral: decided before the reply is known, from what was asked.</param>
    public async Task RespondAsync(Interaction interaction, DateTimeOffset receivedAt, bool privateIfDeferred, Func<CancellationToken, Task<Reply>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(work);
        var owner = interaction.Invoker?.Id;
        var replyTask = SafeAsync(work, interaction, cancellationToken);
        var deferAfter = inline.IsInline(interaction.Id) ? options.Interactions.DeferAfter : options.InteractionDeferAfter;
        var left = receivedAt + deferAfter - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var finished = await Task.WhenAny(replyTask, Task.Delay(left, clock, wait.Token)).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
            if (finished == replyTask)
            {
                var reply = await replyTask.ConfigureAwait(false);
                if (reply.IsNone)
                {
                    await SilentAsync(interaction, cancellationToken).ConfigureAwait(false);
                    return;
                }

                var chunks = DiscordRenderer.Render(reply, owner, reply.Private || privateIfDeferred);
                var sent = await InitialAsync(interaction, new InteractionResponse(InteractionCallbackTypes.ChannelMessageWithSource, chunks[0]), cancellationToken).ConfigureAwait(false);
                if (sent)
                {
                    await FollowUpAsync(interaction, chunks.Skip(1), cancellationToken).ConfigureAwait(false);
                }

                return;
            }
        }

        LogDeferred(logger, interaction.Id);
        var deferred = await InitialAsync(interaction,
            new InteractionResponse(InteractionCallbackTypes.DeferredChannelMessageWithSource, new MessageBody { Flags = privateIfDeferred ? MessageFlags.Ephemeral : null, AllowedMentions = null }),
            cancellationToken).ConfigureAwait(false);
        var late = await replyTask.ConfigureAwait(false);
        if (!deferred)
        {
            return;
        }

        if (late.IsNone)
        {
            late = Reply.Of("✔");
        }

        if (late.Private && !privateIfDeferred)
        {
            // The "thinking…" message is public and cannot become ephemeral: say so there, answer privately.
            await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token,
                new MessageBody { Content = "🔒 Jawaban dikirim secara pribadi. / Answered privately.", Components = [] }, cancellationToken).ConfigureAwait(false);
            await FollowUpAsync(interaction, DiscordRenderer.Render(late, owner, ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        var parts = DiscordRenderer.Render(late, owner, privateIfDeferred);

        // An edit carries no flags (the defer decided), and "components: []" clears nothing left over.
        await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token, parts[0] with { Flags = null, Components = parts[0].Components ?? [] }, cancellationToken).ConfigureAwait(false);
        await FollowUpAsync(interaction, parts.Skip(1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An immediate ephemeral answer that needs no work (a refusal, an expired button).</summary>
    public Task RespondNowAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return RespondAsync(interaction, clock.GetUtcNow(), privateIfDeferred: true, _ => Task.FromResult(reply with { Private = true }), cancellationToken);
    }

    private async Task FollowUpAsync(Interaction interaction, IEnumerable<MessageBody> chunks, CancellationToken cancellationToken)
    {
        foreach (var chunk in chunks)
        {
            await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A rate-limited person gets no message; components are acknowledged silently (type 6) so Discord shows no error.</summary>
    private Task SilentAsync(Interaction interaction, CancellationToken cancellationToken) =>
        interaction.Type == InteractionTypes.MessageComponent
            ? InitialAsync(interaction, new InteractionResponse(InteractionCallbackTypes.DeferredUpdateMessage, null), cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// The initial response: the HTTP reply when the interaction came over HTTP, else a REST callback.
    /// If the endpoint had to defer already, a message becomes the edit of @original.
    /// </summary>
    private async Task<bool> InitialAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        if (inline.IsInline(interaction.Id))
        {
            switch (inline.TryAnswer(interaction.Id, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse)))
            {
                case InlineAnswer.Answered:
                    return true;
                case InlineAnswer.AlreadyDeferred:
                    if (response is { Type: InteractionCallbackTypes.ChannelMessageWithSource, Data: { } data })
                    {
                        await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token, data with { Flags = null, Components = data.Components ?? [] }, cancellationToken).ConfigureAwait(false);
                    }

                    return true;
            }
        }

        return await CallbackAsync(interaction, () => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken)).ConfigureAwait(false);
    }

    private async Task InitialAsync(Interaction interaction, ModalResponse modal, CancellationToken cancellationToken)
    {
        if (inline.IsInline(interaction.Id))
        {
            switch (inline.TryAnswer(interaction.Id, JsonSerializer.SerializeToUtf8Bytes(modal, DiscordJsonContext.Default.ModalResponse)))
            {
                case InlineAnswer.Answered:
                    return;
                case InlineAnswer.AlreadyDeferred:
                    // A modal can only be the first answer; the person presses the button again.
                    LogTooLate(logger, interaction.Id);
                    return;
            }
        }

        await CallbackAsync(interaction, () => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, modal, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Sends a callback; false when Discord no longer accepts one for this interaction.</summary>
    private async Task<bool> CallbackAsync(Interaction interaction, Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
            return true;
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.UnknownInteraction)
        {
            LogTooLate(logger, interaction.Id);
            return false;
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.AlreadyAcknowledged)
        {
            // Acknowledged already (our own retried callback had arrived): carry on with edits and follow-ups.
            LogAlreadyAcknowledged(logger, interaction.Id);
            return true;
        }
    }

    private async Task<Reply> SafeAsync(Func<CancellationToken, Task<Reply>> work, Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWorkFailed(logger, ex, interaction.Id);
            return Reply.Of("Maaf, ada gangguan. Coba lagi sebentar lagi. / Sorry, something went wrong. Please try again in a moment.") with { Private = true };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord interaction {InteractionId} is slow: deferred")]
    private static partial void LogDeferred(ILogger logger, string interactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord interaction {InteractionId} expired before its callback (10062); dropped")]
    private static partial void LogTooLate(ILogger logger, string interactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord interaction {InteractionId} was already acknowledged (40060); no second callback")]
    private static partial void LogAlreadyAcknowledged(ILogger logger, string interactionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering Discord interaction {InteractionId} failed")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string interactionId);
}
