using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The sign-up dialogue inside a turn: runs its pure steps, performs the one write it asks for (the
/// confirmed sign-up) and answers privately. A failed write is never swallowed: it is logged (without the
/// person's data), the person is told, and the draft stays at the summary so Send can be pressed again.
/// </summary>
public sealed partial class SignUpTurns
{
    private readonly SignUpDialogue dialogue;
    private readonly ISignUpStore store;
    private readonly ILogger logger;

    public SignUpTurns(SignUpDialogue dialogue, ISignUpStore store, ILogger<SignUpTurns>? logger = null)
    {
        this.dialogue = dialogue;
        this.store = store;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public TurnResult Start(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var outcome = dialogue.Start(turn.State, turn.Language, turn.Message.ChannelContact);
        return new TurnResult(outcome.Reply with { Private = true }, outcome.Next);
    }

    public async Task<TurnResult> StepAsync(Turn turn, SignUpPayload? pressed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var outcome = dialogue.Handle(turn.State, turn.Message, pressed, turn.Language, turn.Now);
        if (outcome.ToStore is not { } signUp)
        {
            return new TurnResult(outcome.Reply with { Private = true }, outcome.Next);
        }

        try
        {
            var isNew = await store.UpsertAsync(signUp, cancellationToken).ConfigureAwait(false);
            return new TurnResult(SignUpDialogue.Thanks(signUp, isNew, turn.Language) with { Private = true }, outcome.Next);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged without the person's data: the channel and the failure are enough to act on.
            LogSignUpWriteFailed(logger, ex, turn.Message.Channel);
            return new TurnResult(SignUpDialogue.NotSaved(turn.Language) with { Private = true }, turn.State);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a confirmed sign-up failed on channel {Channel}; the draft is kept for a retry")]
    private static partial void LogSignUpWriteFailed(ILogger logger, Exception exception, string channel);
}
