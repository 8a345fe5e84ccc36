using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Turns one incoming message into one reply, for every channel, in five steps: rate limit, group filter,
/// load the chat's state, route the turn (command, button, dialogue or question), save. State lives in
/// <see cref="Storage.IConversationStore"/> per chat, so a restart mid-form continues. Everything it uses is
/// injected (see AddConversations); a new command, button or dialogue never needs a change here.
/// </summary>
public sealed class ConversationEngine
{
    /// <summary>Longest text handled; the answer engine reads less still.</summary>
    public const int MaxTextLength = 4000;

    private readonly UserRateLimiter limiter;
    private readonly ConversationMemory memory;
    private readonly TurnRouter router;
    private readonly SignUpDialogue signUpDialogue;

    public ConversationEngine(UserRateLimiter limiter, ConversationMemory memory, TurnRouter router, SignUpDialogue signUpDialogue)
    {
        this.limiter = limiter;
        this.memory = memory;
        this.router = router;
        this.signUpDialogue = signUpDialogue;
    }

    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Refusal(message) is { } refused)
        {
            return refused;
        }

        var text = message.Text is { Length: > MaxTextLength } tooLong ? tooLong[..MaxTextLength] : message.Text;
        var command = SlashCommand.Parse(text);
        if (!GroupFilter.Admits(message, command))
        {
            return Reply.None;
        }

        var turn = message with { Text = text };
        return await memory.UpdateAsync(turn, (conversation, ct) => router.RouteAsync(conversation, turn, command, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The sign-up as one form (Discord's modal) instead of seven messages, checked by the same
    /// <see cref="SignUpFieldValidator"/> as the chat's steps. It counts as one message for the rate limit
    /// (seven would trip it after two attempts) and leaves the draft at the summary: nothing is stored before Send.
    /// </summary>
    public async Task<SignUpFormResult> SubmitSignUpFormAsync(IncomingMessage message, SignUpForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(form);
        if (Refusal(message) is { } refused)
        {
            return new SignUpFormResult(SignUpFormStatus.RateLimited, refused.IsNone ? refused : refused with { Private = true });
        }

        SignUpFormResult? result = null;
        await memory.UpdateAsync(message, (conversation, _) =>
        {
            // An expired chat starts over for the form, keeping only the language chosen and the referral.
            var state = conversation.Expired
                ? new ConversationState(message.Chat, message.UserId, conversation.Now, Language: conversation.Stored?.Language, Referrer: conversation.Stored?.Referrer)
                : conversation.State;
            var language = TurnLanguage.Chosen(state) ?? TurnLanguage.Hint(message.LanguageHint) ?? Language.Id;
            var outcome = signUpDialogue.Submit(state, form, language, conversation.Now);
            result = outcome.Result with { Reply = outcome.Result.Reply with { Private = true } };
            return Task.FromResult(new TurnResult(result.Reply, outcome.Next));
        }, cancellationToken).ConfigureAwait(false);
        return result!;
    }

    /// <summary>
    /// Null when allowed; else one polite notice per flood, then silence (<see cref="Reply.None"/>). A button
    /// pressed over the limit always gets the short "wait" toast, so its spinner stops with a reason.
    /// </summary>
    private Reply? Refusal(IncomingMessage message)
    {
        var decision = limiter.Check(message.Channel + ":" + message.UserId);
        if (decision is not (RateDecision.NoticeDue or RateDecision.Silent))
        {
            return null;
        }

        var language = TurnLanguage.Hint(message.LanguageHint) ?? Language.Id;
        var reply = decision == RateDecision.NoticeDue ? Reply.Of(RateLimited(language)) : Reply.None;
        return message.Payload is null ? reply : reply with { Toast = WaitToast(language) };
    }
}
