using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Commands;
using Jamsos.Outreach.Bot.Core.Privacy;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// A pressed button, decoded once by <see cref="PayloadCodec"/>: a topic or entry answers, a vote is stored (one per person and entry),
/// a form or calculator button goes to its dialogue while that dialogue is open, a language is kept, a
/// command runs. Anything else (a button from a form that has ended, an unknown version) has expired.
/// </summary>
public sealed class PayloadRouter
{
    private readonly CommandRegistry commands;
    private readonly AnswerReplies answers;
    private readonly SignUpTurns signUps;
    private readonly CalculatorDialogue calculator;
    private readonly KnowledgeBase knowledge;
    private readonly IFeedbackStore feedback;
    private readonly IPersonHasher hasher;
    private readonly ReminderTurns reminders;

    public PayloadRouter(CommandRegistry commands, AnswerReplies answers, SignUpTurns signUps, CalculatorDialogue calculator, Answerer answerer, IFeedbackStore feedback, IPersonHasher hasher, ReminderTurns reminders)
    {
        this.reminders = reminders;
        ArgumentNullException.ThrowIfNull(answerer);
        this.commands = commands;
        this.answers = answers;
        this.signUps = signUps;
        this.calculator = calculator;
        knowledge = answerer.Knowledge;
        this.feedback = feedback;
        this.hasher = hasher;
    }

    public async Task<TurnResult> RouteAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (state, language) = (turn.State, turn.Language);
        var payload = PayloadCodec.TryDecode(text, out var decoded) ? decoded : null;
        switch (payload)
        {
            case TopicPayload topic when Topics.EntryOf.TryGetValue(topic.Topic, out var entry):
                return answers.AnswerEntry(turn, entry);
            case EntryPayload entry when knowledge.Find(entry.EntryId, language) is not null:
                return answers.AnswerEntry(turn, entry.EntryId);
            case MorePayload more when knowledge.Find(more.EntryId, language) is not null:
                return answers.More(turn, more);
            case FeedbackPayload vote when knowledge.Find(vote.EntryId, language) is { } voted:
                // One vote per person and entry (the store upserts on the hash): pressing again changes it.
                var voter = hasher.Hash(turn.Message.Channel, turn.Message.UserId);
                await feedback.AddAsync(new Feedback(voted.Id, voted.Intent, vote.Helpful, turn.Message.Channel, language.Code(), turn.Now, voter), cancellationToken).ConfigureAwait(false);
                return new TurnResult(Reply.Of(ThanksFeedback(language, vote.Helpful, knowledge.Catalog.Text("kontak.contact_center", language))), state);
            case SignUpPayload pressed when state.Flow == Flow.SignUp:
                return await signUps.StepAsync(turn, pressed, cancellationToken).ConfigureAwait(false);
            case CalculatorPayload pressed when state.Flow == Flow.Calculator:
                var (reply, next) = calculator.Handle(state, null, pressed, language, turn.Today);
                return new TurnResult(reply, next);
            case ReminderSectorPayload or ReminderConsentPayload or ReminderCancelPayload when state.Flow == Flow.Reminder:
                return await reminders.StepAsync(turn, (ReminderPayload)payload, cancellationToken).ConfigureAwait(false);
            case ReminderPayload pressed:
                return await reminders.PressedAsync(turn, pressed, cancellationToken).ConfigureAwait(false);
            case LanguagePayload chosen when LanguageCodes.TryParse(chosen.Code, out var code):
                return new TurnResult(new Reply(RichText.From(LanguageSet(code)), Topics.Menu(code)), state with { Language = code.Code() });
            case CommandPayload command:
                return await commands.ExecuteAsync(turn, command.Command, string.Empty, cancellationToken).ConfigureAwait(false);
            default:
                return new TurnResult(Reply.Of(OldButton(language)), state);
        }
    }
}
