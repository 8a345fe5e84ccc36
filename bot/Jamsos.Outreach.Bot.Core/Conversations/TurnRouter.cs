using Jamsos.Outreach.Bot.Core.Commands;
using Jamsos.Outreach.Bot.Core.Reminders;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Sends one turn where it belongs, in this order: a command, a pressed button, the dialogue in progress
/// (sign-up, calculator or reminder), free text that asks to delete the person's data (explained, /hapus offered),
/// free text that asks for a command (<see cref="FreeTextCommands"/>), or else a question answered from the content.
/// </summary>
public sealed class TurnRouter
{
    private readonly CommandRegistry commands;
    private readonly PayloadRouter payloads;
    private readonly SignUpTurns signUps;
    private readonly CalculatorDialogue calculator;
    private readonly AnswerReplies answers;
    private readonly ReminderTurns reminders;

    public TurnRouter(CommandRegistry commands, PayloadRouter payloads, SignUpTurns signUps, CalculatorDialogue calculator, AnswerReplies answers, ReminderTurns reminders)
    {
        this.reminders = reminders;
        this.commands = commands;
        this.payloads = payloads;
        this.signUps = signUps;
        this.calculator = calculator;
        this.answers = answers;
    }

    public async Task<TurnResult> RouteAsync(RememberedConversation conversation, IncomingMessage message, SlashCommand? command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        var state = conversation.State;
        var language = TurnLanguage.Of(state, TurnLanguage.Hint(message.LanguageHint), message.Text);

        // Jakarta's date (UTC+7, no daylight saving): amounts and discount periods change at its midnight.
        var turn = new Turn(message, state, language, DateOnly.FromDateTime(conversation.Now.UtcDateTime.AddHours(7)), conversation.Now);
        var result = command is not null ? await commands.ExecuteAsync(turn, command.Name, command.Argument, cancellationToken).ConfigureAwait(false)
            : message.Payload is not null ? await payloads.RouteAsync(turn, message.Payload, cancellationToken).ConfigureAwait(false)
            : state.Flow == Flow.SignUp ? await signUps.StepAsync(turn, null, cancellationToken).ConfigureAwait(false)
            : state.Flow == Flow.Calculator ? Calculate(turn)
            : state.Flow == Flow.Reminder ? await reminders.StepAsync(turn, null, cancellationToken).ConfigureAwait(false)
            : FreeTextCommands.AsksToDelete(message.Text) ? answers.DeleteWish(turn)
            : FreeTextCommands.Match(message.Text) is { } asked ? await commands.ExecuteAsync(turn, asked, string.Empty, cancellationToken).ConfigureAwait(false)
            : await answers.AnswerAsync(turn, message.Text, cancellationToken).ConfigureAwait(false);
        return conversation.FormExpired
            ? result with { Reply = result.Reply with { Text = new RichText().Plain(Expired(language)).Paragraph().Append(result.Reply.Text) } }
            : result;
    }

    private TurnResult Calculate(Turn turn)
    {
        var (reply, next) = calculator.Handle(turn.State, turn.Message.Text, null, turn.Language, turn.Today);
        return new TurnResult(reply, next);
    }
}
