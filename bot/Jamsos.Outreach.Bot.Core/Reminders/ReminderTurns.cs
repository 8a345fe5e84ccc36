using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// The /pengingat dialogue: the pay day (1-28), then the sector and income band unless the chat already
/// told them (/iuran or a question), then one message with the summary, the first amount and the consent
/// (version shown, recorded with the time when agreed). Nothing is stored before "Setuju". Also the
/// reminder's own buttons: "Sudah bayar" resets the unpaid count, "Ubah tanggal" asks the day again,
/// "Berhenti" (and /pengingat stop) deletes the reminder. Private chats only, like the sign-up.
/// </summary>
public sealed partial class ReminderTurns
{
    private readonly IReminderStore store;
    private readonly ReminderMessage message;
    private readonly ReminderOptions options;
    private readonly ILogger logger;
    private readonly HashSet<string> deliverable;

    public ReminderTurns(IReminderStore store, ReminderMessage message, ReminderOptions options, IEnumerable<IReminderSender> senders, ILogger<ReminderTurns>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(senders);
        this.store = store;
        deliverable = senders.Select(s => s.Channel).ToHashSet(StringComparer.Ordinal);
        this.message = message;
        this.options = options;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    private string SendTime => ReminderMessage.SendTimeText(options.SendTime);

    public async Task<TurnResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (state, l) = (turn.State, turn.Language);
        if (turn.Message.IsGroup)
        {
            return new TurnResult(Reply.Of(ReminderTexts.PrivateOnly(l)), state);
        }

        // A channel this process cannot send on (the terminal chat; Discord over HTTP interactions alone,
        // without a bot token for DMs) would store a reminder that never arrives: say so instead.
        if (!deliverable.Contains(state.Chat.Channel))
        {
            return new TurnResult(Reply.Of(ReminderTexts.NoDeliveryHere(l)), state);
        }

        if (await store.GetAsync(state.Chat, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            var text = ReminderTexts.Existing(l, existing.Day, When(existing.NextSendAt, l));
            return Private(new Reply(RichText.From(text), [ManageRow(l)]), state);
        }

        // What the chat already told (/iuran, a question about ojol) is not asked again; a pemda-paid sector is.
        var sector = state.Sector is Sector.Transport or Sector.Other ? state.Sector : null;
        var income = state.Income is { } known ? message.BandFloor(known) : (decimal?)null;
        var draft = new ReminderDraft(ReminderStep.Day, Sector: sector, IncomeFrom: income);
        var intro = new RichText().Plain(ReminderTexts.Intro(l, message.App(l), message.ContactCenter(l))).Paragraph().Plain(ReminderTexts.AskDay(l));
        return Private(new Reply(intro, [CancelRow(l)], InputKind.Number), InFlow(state, draft));
    }

    /// <summary>One step of the dialogue in progress: typed text or a pressed reminder button.</summary>
    public async Task<TurnResult> StepAsync(Turn turn, ReminderPayload? pressed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (state, l) = (turn.State, turn.Language);
        var draft = state.Reminder ?? new ReminderDraft(ReminderStep.Day);
        var text = turn.Message.Text;
        if (pressed is ReminderCancelPayload or ReminderConsentPayload { Agreed: false })
        {
            return Private(Reply.Of(draft.ChangingDay ? ReminderTexts.ChangeCancelled(l) : ReminderTexts.Cancelled(l)), Ended(state));
        }

        switch (draft.Step)
        {
            case ReminderStep.Day:
                if (!ReminderDayText.TryParse(text, out var day))
                {
                    return Private(new Reply(RichText.From(ReminderTexts.BadDay(l) + "\n" + ReminderTexts.AskDay(l)), [CancelRow(l)], InputKind.Number), state);
                }

                return draft.ChangingDay ? await ChangeDayAsync(turn, day, cancellationToken).ConfigureAwait(false) : Next(turn, draft with { Day = day });
            case ReminderStep.Sector:
                // A typed sector counts as a pressed button ("ojol", "transport", "lainnya"), as in the calculator: on a
                // terminal or an old client the buttons may not show.
                return (pressed is ReminderSectorPayload chosen ? chosen.Sector : Answerer.SectorReply(text)) is { } sector
                    ? Next(turn, draft with { Sector = sector })
                    : Private(AskSector(l, ReminderTexts.PickSector(l)), state);
            case ReminderStep.Income:
                return IncomeText.TryParse(text, out var income, out var problem)
                    ? Next(turn, draft with { IncomeFrom = message.BandFloor(income) })
                    : Private(new Reply(RichText.From(IncomeText.Message(problem, l) + "\n" + ReminderTexts.AskIncome(l)), [CancelRow(l)], InputKind.Number), state);
            default:
                var agreed = pressed is ReminderConsentPayload { Agreed: true } ? FieldCheck.Valid(true) : SignUpFieldValidator.Consent(text, l);
                if (!agreed.IsValid)
                {
                    return Private(Confirm(turn, draft, ReminderTexts.PickAgree(l)), state);
                }

                return agreed.Value ? await StoreAsync(turn, draft, cancellationToken).ConfigureAwait(false) : Private(Reply.Of(ReminderTexts.Cancelled(l)), Ended(state));
        }
    }

    /// <summary>A reminder button pressed outside the dialogue (under a reminder message, or the "already on" reply).</summary>
    public async Task<TurnResult> PressedAsync(Turn turn, ReminderPayload pressed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (state, l) = (turn.State, turn.Language);
        switch (pressed)
        {
            case ReminderPaidPayload:
                var paid = await store.MarkPaidAsync(state.Chat, turn.Now, cancellationToken).ConfigureAwait(false);
                return Private(Reply.Of(paid ? ReminderTexts.PaidThanks(l) : ReminderTexts.NoReminder(l)) with { Toast = paid ? ReminderTexts.Paid(l) : null }, state);
            case ReminderChangeDayPayload:
                if (await store.GetAsync(state.Chat, cancellationToken).ConfigureAwait(false) is null)
                {
                    return Private(Reply.Of(ReminderTexts.NoReminder(l)), state);
                }

                return Private(new Reply(RichText.From(ReminderTexts.AskDay(l)), [CancelRow(l)], InputKind.Number), InFlow(state, new ReminderDraft(ReminderStep.Day, ChangingDay: true)));
            case ReminderStopPayload:
                return await StopAsync(turn, cancellationToken).ConfigureAwait(false);
            default:
                return new TurnResult(Reply.Of(OldButton(l)), state);
        }
    }

    /// <summary>/pengingat stop and "Berhenti": deletes the reminder (nothing of it is kept).</summary>
    public async Task<TurnResult> StopAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var deleted = await store.DeleteAsync(turn.State.Chat, cancellationToken).ConfigureAwait(false);
        var state = turn.State.Flow == Flow.Reminder ? Ended(turn.State) : turn.State;
        return Private(Reply.Of(deleted ? ReminderTexts.Stopped(turn.Language) : ReminderTexts.NoReminder(turn.Language)), state);
    }

    private TurnResult Next(Turn turn, ReminderDraft draft)
    {
        var l = turn.Language;
        if (draft.Sector is null)
        {
            return Private(AskSector(l, null), InFlow(turn.State, draft with { Step = ReminderStep.Sector }));
        }

        if (draft.IncomeFrom is null)
        {
            return Private(new Reply(RichText.From(ReminderTexts.AskIncome(l)), [CancelRow(l)], InputKind.Number), InFlow(turn.State, draft with { Step = ReminderStep.Income }));
        }

        var confirm = draft with { Step = ReminderStep.Confirm };
        return Private(Confirm(turn, confirm, null), InFlow(turn.State, confirm));
    }

    /// <summary>The one confirmation message: summary, the first month's amount, the consent with its version.</summary>
    private Reply Confirm(Turn turn, ReminderDraft draft, string? problem)
    {
        var l = turn.Language;
        var (day, sector, income) = (draft.Day ?? ReminderSchedule.FirstDay, draft.Sector ?? Sector.Other, draft.IncomeFrom ?? 0m);
        var payDate = ReminderSchedule.NextPayDate(day, turn.Now, options.SendTime);
        var text = new RichText();
        if (problem is not null)
        {
            text.Plain(problem).Paragraph();
        }

        text.Bold(ReminderTexts.SummaryHeading(l)).Line()
            .Plain(ReminderTexts.SummaryLines(l, day, ReminderTexts.SectorName(sector, l), message.BandText(income, l), SendTime)).Line()
            .Plain(message.AmountLine(sector, income, payDate, l)).Paragraph()
            .Bold(ReminderTexts.ConsentHeading(l)).Plain($" ({ReminderConsent.Version}): ").Plain(ReminderConsent.For(l, ReminderTexts.StopCommand)).Paragraph()
            .Plain(ReminderTexts.AskAgree(l));
        return new Reply(text, [[new Button(ReminderTexts.Agree(l), new ReminderConsentPayload(Agreed: true)), new Button(ReminderTexts.Cancel(l), new ReminderCancelPayload())]]);
    }

    private async Task<TurnResult> StoreAsync(Turn turn, ReminderDraft draft, CancellationToken cancellationToken)
    {
        var (state, l, now) = (turn.State, turn.Language, turn.Now);
        if (draft is not { Day: { } day, Sector: { } sector, IncomeFrom: { } income })
        {
            return Private(new Reply(RichText.From(ReminderTexts.AskDay(l)), [CancelRow(l)], InputKind.Number), InFlow(state, new ReminderDraft(ReminderStep.Day)));
        }

        var payDate = ReminderSchedule.NextPayDate(day, now, options.SendTime);
        var sendAt = ReminderSchedule.SendAt(payDate, options.SendTime);
        var reminder = new PaymentReminder(state.Chat, turn.Message.UserId, day, sector, income, l.Code(), ReminderConsent.Version, now,
            payDate, sendAt, Unconfirmed: 0, LapseWarnings: 0, state.Referrer, now, now);
        try
        {
            await store.UpsertAsync(reminder, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            // Logged without the person's data; the draft stays at the confirmation so "Setuju" can be pressed again.
            LogWriteFailed(logger, ex, state.Chat.Channel);
            return Private(Reply.Of(ReminderTexts.NotSaved(l)), state);
        }

        var started = ReminderTexts.Started(l, ValueFormatter.Date(ReminderSchedule.JakartaDate(sendAt), l), SendTime);
        return Private(new Reply(RichText.From(started), [ManageRow(l)]), Ended(state) with { Sector = sector });
    }

    private async Task<TurnResult> ChangeDayAsync(Turn turn, int day, CancellationToken cancellationToken)
    {
        var (state, l) = (turn.State, turn.Language);
        var payDate = ReminderSchedule.NextPayDate(day, turn.Now, options.SendTime);
        var sendAt = ReminderSchedule.SendAt(payDate, options.SendTime);
        var changed = await store.ChangeDayAsync(state.Chat, day, payDate, sendAt, turn.Now, cancellationToken).ConfigureAwait(false);
        var text = changed ? ReminderTexts.DayChanged(l, day, When(sendAt, l)) : ReminderTexts.NoReminder(l);
        return Private(new Reply(RichText.From(text), changed ? [ManageRow(l)] : []), Ended(state));
    }

    private string When(DateTimeOffset sendAt, Language l) =>
        ValueFormatter.Date(ReminderSchedule.JakartaDate(sendAt), l) + ", " + SendTime + " WIB";

    private static Reply AskSector(Language l, string? problem) => new(
        RichText.From((problem is null ? string.Empty : problem + "\n") + ReminderTexts.AskSector(l)),
        [
            [new Button(ReminderTexts.Transport(l), new ReminderSectorPayload(Sector.Transport))],
            [new Button(ReminderTexts.OtherSector(l), new ReminderSectorPayload(Sector.Other))],
            CancelRow(l),
        ]);

    private static IReadOnlyList<Button> CancelRow(Language l) => [new Button(ReminderTexts.Cancel(l), new ReminderCancelPayload())];

    private static IReadOnlyList<Button> ManageRow(Language l) =>
        [new Button(ReminderTexts.ChangeDay(l), new ReminderChangeDayPayload()), new Button(ReminderTexts.Stop(l), new ReminderStopPayload())];

    private static ConversationState InFlow(ConversationState state, ReminderDraft draft) =>
        state with { Flow = Flow.Reminder, Reminder = draft, SignUp = null, Calculator = null };

    private static ConversationState Ended(ConversationState state) => state with { Flow = Flow.None, Reminder = null };

    private static TurnResult Private(Reply reply, ConversationState next) => new(reply with { Private = true }, next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a payment reminder failed on channel {Channel}; the draft is kept for a retry")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string channel);
}
