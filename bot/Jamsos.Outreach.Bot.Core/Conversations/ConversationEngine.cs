using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Core.Text;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Turns one incoming message into one reply, for every channel: rate limit, group rules, commands,
/// buttons, the sign-up and calculator dialogues, and free-text answers with "Membantu?" feedback.
/// State lives in <see cref="IConversationStore"/> per chat, so a restart mid-form continues.
/// </summary>
public sealed partial class ConversationEngine
{
    /// <summary>Longest text handled; the answer engine reads less still.</summary>
    public const int MaxTextLength = 4000;

    private readonly Answerer answerer;
    private readonly IConversationStore conversations;
    private readonly ISignUpStore signUps;
    private readonly IFeedbackStore feedback;
    private readonly IUnansweredStore unanswered;
    private readonly BotOptions options;
    private readonly TimeProvider clock;
    private readonly UserRateLimiter limiter;
    private readonly SignUpDialogue signUpDialogue;
    private readonly CalculatorDialogue calculator;
    private readonly CrisisPaths crisisPaths;
    private readonly ILogger logger;

    public ConversationEngine(
        Answerer answerer,
        IConversationStore conversations,
        ISignUpStore signUps,
        IFeedbackStore feedback,
        IUnansweredStore unanswered,
        BotOptions options,
        TimeProvider clock,
        ILogger<ConversationEngine>? logger = null)
    {
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        this.answerer = answerer;
        this.conversations = conversations;
        this.signUps = signUps;
        this.feedback = feedback;
        this.unanswered = unanswered;
        this.options = options;
        this.clock = clock;
        limiter = new UserRateLimiter(options.RateLimitPerMinute, clock);
        signUpDialogue = new SignUpDialogue(signUps, clock);
        calculator = new CalculatorDialogue(answerer);
        crisisPaths = new CrisisPaths(answerer.Knowledge);
    }

    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var hint = HintLanguage(message.LanguageHint);
        switch (limiter.Check(message.Channel + ":" + message.UserId))
        {
            case RateDecision.NoticeDue:
                return Reply.Of(RateLimited(hint ?? Language.Id));
            case RateDecision.Silent:
                return Reply.None;
        }

        var text = message.Text is { Length: > MaxTextLength } tooLong ? tooLong[..MaxTextLength] : message.Text;
        var (command, argument) = ParseCommand(text);
        if (message.IsGroup && command is null && message.Payload is null && !message.AddressedToBot)
        {
            return Reply.None;
        }

        var stored = await conversations.GetAsync(message.Chat, cancellationToken).ConfigureAwait(false);
        var state = stored;
        var expiredForm = false;
        if (state is not null && now - state.UpdatedAt > options.ConversationTimeout)
        {
            expiredForm = state.Flow == Flow.SignUp;
            state = state with { Flow = Flow.None, SignUp = null, Calculator = null };
        }

        state ??= new ConversationState(message.Chat, message.UserId, now);
        var language = state.Language is { } chosen && LanguageCodes.TryParse(chosen, out var c) ? c
            : hint ?? (text is null ? Language.Id : LanguageDetector.Detect(TextNormalizer.Normalize(text), []));
        var turn = new Turn(message with { Text = text }, state, language, DateOnly.FromDateTime(now.UtcDateTime.AddHours(7)));

        Step step;
        if (command is not null)
        {
            step = await CommandAsync(turn, command, argument, cancellationToken).ConfigureAwait(false);
        }
        else if (message.Payload is not null)
        {
            step = await PayloadAsync(turn, message.Payload, cancellationToken).ConfigureAwait(false);
        }
        else if (state.Flow == Flow.SignUp)
        {
            step = await SignUpStepAsync(turn, null, cancellationToken).ConfigureAwait(false);
        }
        else if (state.Flow == Flow.Calculator)
        {
            var (reply, next) = calculator.Handle(state, text, null, language, turn.Today);
            step = new Step(reply, next);
        }
        else
        {
            step = await AnswerAsync(turn, text, cancellationToken).ConfigureAwait(false);
        }

        if (step.Next is null)
        {
            await conversations.DeleteAsync(message.Chat, cancellationToken).ConfigureAwait(false);
        }
        else if (NeedsSaving(stored, step.Next))
        {
            await conversations.SaveAsync(step.Next with { UserId = message.UserId, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        }

        return expiredForm ? step.Reply with { Text = Prefix(Expired(language), step.Reply.Text) } : step.Reply;
    }

    private async Task<Step> CommandAsync(Turn turn, string command, string argument, CancellationToken cancellationToken)
    {
        var (message, state, language) = (turn.Message, turn.State, turn.Language);
        switch (command)
        {
            case "start":
                return await StartAsync(turn, argument, cancellationToken).ConfigureAwait(false);
            case "menu":
                return new Step(new Reply(RichText.From(Menu(language)), Topics.Menu(language)), state);
            case "iuran":
                var (calcReply, calcState) = CalculatorDialogue.Start(state, language);
                return new Step(calcReply, calcState);
            case "daftar":
                if (message.IsGroup)
                {
                    return new Step(Reply.Of(PrivateOnly(language)), state);
                }

                var (signUpReply, signUpState) = signUpDialogue.Start(state, language);
                return new Step(signUpReply with { Private = true }, signUpState);
            case "kantor":
                return AnswerEntry(turn, Topics.EntryOf["kantor"]);
            case "meninggal":
                return new Step(crisisPaths.Opening(language, Crisis.Death), state);
            case "kecelakaan":
                return new Step(crisisPaths.Opening(language, Crisis.Accident), state);
            case "bahasa":
            case "language":
                return new Step(Reply.Of(ChooseLanguage(language),
                    [new Button("Bahasa Indonesia", Payloads.Language("id")), new Button("English", Payloads.Language("en"))]), state);
            case "hapus":
            case "delete":
                var deleted = await signUps.DeleteByUserAsync(message.Channel, message.UserId, cancellationToken).ConfigureAwait(false);
                await conversations.DeleteByUserAsync(message.Channel, message.UserId, cancellationToken).ConfigureAwait(false);
                return new Step(Reply.Of(Deleted(language, deleted)) with { Private = true }, null);
            case "bantuan":
            case "help":
                return new Step(Reply.Of(Help(language), [new Button(MenuButton(language), Payloads.Command("menu"))]), state);
            case "batal":
            case "cancel":
                return state.Flow == Flow.None
                    ? new Step(Reply.Of(NothingToCancel(language)), state)
                    : new Step(Reply.Of(Cancelled(language), [new Button(MenuButton(language), Payloads.Command("menu"))]), state with { Flow = Flow.None, SignUp = null, Calculator = null });
            case "stats":
            case "export":
            case "unanswered":
                return await StaffAsync(turn, command, cancellationToken).ConfigureAwait(false);
            default:
                return new Step(Reply.Of(UnknownCommand(language)), state);
        }
    }

    /// <summary>/start with a deep-link payload: ref_&lt;code&gt; (an agent's referral), daftar, or a topic.</summary>
    private async Task<Step> StartAsync(Turn turn, string payload, CancellationToken cancellationToken)
    {
        var state = turn.State;
        var language = turn.Language;
        if (payload.StartsWith("ref_", StringComparison.Ordinal) && ReferralCode.TryParse(payload[4..], out var code))
        {
            state = state with { Referrer = code };
        }
        else if (payload == "daftar")
        {
            return await CommandAsync(turn with { State = state }, "daftar", string.Empty, cancellationToken).ConfigureAwait(false);
        }
        else if (Topics.EntryOf.TryGetValue(payload, out var entry))
        {
            return AnswerEntry(turn with { State = state }, entry);
        }

        return new Step(new Reply(RichText.From(Welcome(language, options.Name)), Topics.Menu(language)), state);
    }

    private async Task<Step> PayloadAsync(Turn turn, string payload, CancellationToken cancellationToken)
    {
        var (message, state, language) = (turn.Message, turn.State, turn.Language);
        if (!Payloads.TryParse(payload, out var kind, out var value))
        {
            return new Step(Reply.Of(OldButton(language)), state);
        }

        switch (kind)
        {
            case "m" when Topics.EntryOf.TryGetValue(value, out var entry):
                return AnswerEntry(turn, entry);
            case "e" when answerer.Knowledge.Find(value, language) is not null:
                return AnswerEntry(turn, value);
            case "fy" or "fn" when answerer.Knowledge.Find(value, language) is { } voted:
                await feedback.AddAsync(new Feedback(voted.Id, voted.Intent, kind == "fy", message.Channel, language.Code(), clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                return new Step(Reply.Of(ThanksFeedback(language, kind == "fy", answerer.Knowledge.Catalog.Text("kontak.contact_center", language))), state);
            case "su" when state.Flow == Flow.SignUp:
                return await SignUpStepAsync(turn, value, cancellationToken).ConfigureAwait(false);
            case "c" when state.Flow == Flow.Calculator:
                var (reply, next) = calculator.Handle(state, null, value, language, turn.Today);
                return new Step(reply, next);
            case "l" when LanguageCodes.TryParse(value, out var chosen):
                return new Step(new Reply(RichText.From(LanguageSet(chosen)), Topics.Menu(chosen)), state with { Language = chosen.Code() });
            case "cmd":
                return await CommandAsync(turn, value, string.Empty, cancellationToken).ConfigureAwait(false);
            default:
                return new Step(Reply.Of(OldButton(language)), state);
        }
    }

    /// <summary>
    /// A sign-up step. When the store fails on confirmation, the draft is kept at the summary so the
    /// person can press Send again: a sign-up is never lost silently.
    /// </summary>
    private async Task<Step> SignUpStepAsync(Turn turn, string? action, CancellationToken cancellationToken)
    {
        try
        {
            var (reply, next) = await signUpDialogue.HandleAsync(turn.State, turn.Message, action, turn.Language, cancellationToken).ConfigureAwait(false);
            return new Step(reply with { Private = true }, next);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && action == "confirm")
        {
            // Logged without the person's data: the channel and the failure are enough to act on.
            LogSignUpWriteFailed(logger, ex, turn.Message.Channel);
            var retry = Reply.Of(T(turn.Language,
                    "Maaf, data Anda belum tersimpan karena gangguan sistem. Tekan Kirim lagi sebentar lagi.",
                    "Sorry, your details were not saved because of a system problem. Press Send again in a moment."),
                [new Button(T(turn.Language, "✔ Kirim", "✔ Send"), Payloads.SignUp("confirm")), new Button(T(turn.Language, "✖ Batal", "✖ Cancel"), Payloads.SignUp("cancel"))]);
            return new Step(retry with { Private = true }, turn.State);
        }
    }

    private async Task<Step> AnswerAsync(Turn turn, string? text, CancellationToken cancellationToken)
    {
        var forced = turn.State.Language is { } code && LanguageCodes.TryParse(code, out var l) ? l : (Language?)null;
        var context = new AnswerContext(turn.State.Sector, turn.State.Income, turn.State.LastIntent);
        var result = answerer.Answer(text, turn.Today, forced, context);
        var language = result.Language;
        if (result.NeedsSector)
        {
            // The amount depends on the sector on this date: ask with the calculator's two buttons, the income kept.
            var ask = CalculatorDialogue.AskSector(language) with { Text = RichText.From(result.Text) };
            return new Step(ask, turn.State with
            {
                Flow = Flow.Calculator,
                Calculator = new CalculatorDraft(result.Income),
                SignUp = null,
                Income = result.Income,
                LastIntent = result.Intent,
            });
        }

        if (!result.Answered)
        {
            if (result.Intent != Intents.Unknown)
            {
                await unanswered.AddAsync(new UnansweredQuestion(PersonalDataMask.Mask(result.Question), result.Intent, result.Confidence,
                    language.Code(), turn.Message.Channel, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }

            if (result.Crisis != Crisis.None)
            {
                // Someone reporting a death or an accident gets sympathy and the next steps, not "Maksud Anda…?".
                return new Step(crisisPaths.Opening(language, result.Crisis), turn.State);
            }

            var rows = result.Suggestions.Select(s => (IReadOnlyList<Button>)[new Button(Shorten(s.Title), Payloads.Entry(s.EntryId))]).ToList();
            rows.Add([new Button(MenuButton(language), Payloads.Command("menu"))]);
            return new Step(new Reply(RichText.From(result.Text), rows), turn.State);
        }

        return new Step(Decorate(result, language), turn.State with
        {
            LastEntryId = result.EntryId,
            LastIntent = result.Intent,
            Sector = result.Sector ?? turn.State.Sector,
            Income = result.Income ?? turn.State.Income,
        });
    }

    private Step AnswerEntry(Turn turn, string entryId)
    {
        var forced = turn.State.Language is { } code && LanguageCodes.TryParse(code, out var l) ? l : turn.Language;
        var result = answerer.AnswerEntry(entryId, turn.Today, forced);
        return new Step(Decorate(result, forced), turn.State with { LastEntryId = result.EntryId, LastIntent = result.Intent });
    }

    /// <summary>
    /// An answer with its buttons: feedback, and the next useful step for its intent. After a reported
    /// death or accident, the sympathy line comes first and the crisis path's other steps lead the buttons.
    /// </summary>
    private Reply Decorate(AnswerResult result, Language language)
    {
        if (result.Intent == Intents.Greeting)
        {
            return new Reply(RichText.From(result.Text), Topics.Menu(language));
        }

        var text = RichText.From(result.Text);
        var rows = new List<IReadOnlyList<Button>>();
        if (result.Crisis != Crisis.None && result.Intent != Intents.Abuse)
        {
            text = CrisisPaths.Open(language, result.Crisis, text);
            rows.AddRange(crisisPaths.Steps(language, result.Crisis, result.EntryId, withMenu: false));
        }

        if (result.Intent != Intents.Abuse && result.EntryId is { } id)
        {
            rows.Add([new Button(Helpful(language), Payloads.Feedback(id, true)), new Button(NotHelpful(language), Payloads.Feedback(id, false))]);
        }

        var next = new List<Button>();
        if (result.Intent is Intents.ContributionAmount or Intents.ContributionByIncome or Intents.ContributionBreakdown)
        {
            next.Add(new Button(CalculatorButton(language), Payloads.Command("iuran")));
        }

        if (result.Intent is Intents.SignupIntent or Intents.RegisterHow or Intents.EligibilityBpu)
        {
            next.Add(new Button(SignUpButton(language), Payloads.Command("daftar")));
        }

        next.Add(new Button(MenuButton(language), Payloads.Command("menu")));
        rows.Add(next);
        return new Reply(text, rows);
    }

    private async Task<Step> StaffAsync(Turn turn, string command, CancellationToken cancellationToken)
    {
        var (message, state, language) = (turn.Message, turn.State, turn.Language);
        if (!options.AdminUserIds.Contains(message.Channel + ":" + message.UserId))
        {
            return new Step(Reply.Of(StaffOnly(language)), state);
        }

        switch (command)
        {
            case "export":
                var all = await signUps.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
                var csv = System.Text.Encoding.UTF8.GetBytes(StaffReports.Csv(all));
                var name = $"signups-{turn.Today:yyyy-MM-dd}.csv";
                return new Step(new Reply(RichText.From($"Export: {all.Count} sign-up(s)."), [], Attachment: new Attachment(name, "text/csv", csv), Private: true), state);
            case "unanswered":
                var questions = await unanswered.ListAsync(null, cancellationToken).ConfigureAwait(false);
                return new Step(Reply.Of(StaffReports.Unanswered(questions)) with { Private = true }, state);
            default:
                var everyone = await signUps.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
                var votes = await feedback.ListAsync(null, cancellationToken).ConfigureAwait(false);
                var open = await unanswered.ListAsync(null, cancellationToken).ConfigureAwait(false);
                return new Step(Reply.Of(StaffReports.Stats(everyone, votes, open)) with { Private = true }, state);
        }
    }

    /// <summary>
    /// Most messages are questions outside any dialogue and change nothing worth keeping: skip the write.
    /// A dialogue in progress is always saved, so its 24-hour expiry counts from the last message.
    /// </summary>
    private static bool NeedsSaving(ConversationState? stored, ConversationState next)
    {
        if (next.Flow != Flow.None)
        {
            return true;
        }

        // The last intent matters to the next turn only after a contribution answer ("kalo 3 juta?").
        static ConversationState Kept(ConversationState s) => s with
        {
            UpdatedAt = default,
            LastEntryId = null,
            LastIntent = new AnswerContext(LastIntent: s.LastIntent).AboutContributions ? s.LastIntent : null,
            UserId = string.Empty,
        };

        var kept = Kept(next);
        return stored is null
            ? kept.Language is not null || kept.Referrer is not null || kept.Sector is not null || kept.Income is not null || kept.LastIntent is not null
            : kept != Kept(stored);
    }

    /// <summary>"/start@JamsosBot ref_abc" → ("start", "ref_abc"); null when the text is not a command.</summary>
    internal static (string? Command, string Argument) ParseCommand(string? text)
    {
        if (text is null || text.Length < 2 || text[0] != '/')
        {
            return (null, string.Empty);
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var word = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            word = word[..at];
        }

        var argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return word.Length is > 0 and <= 32 && word.All(char.IsAsciiLetterOrDigit) ? (word.ToLowerInvariant(), argument) : (null, string.Empty);
    }

    private static Language? HintLanguage(string? hint) =>
        hint is null ? null : hint.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En
            : hint.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? Language.Id : null;

    private static RichText Prefix(string notice, RichText text) => new RichText().Plain(notice).Paragraph().Append(text);

    private static string Shorten(string title) => title.Length <= 60 ? title : title[..57] + "...";

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a confirmed sign-up failed on channel {Channel}; the draft is kept for a retry")]
    private static partial void LogSignUpWriteFailed(ILogger logger, Exception exception, string channel);

    /// <summary>The message and what is known about its chat, for one turn.</summary>
    private sealed record Turn(IncomingMessage Message, ConversationState State, Language Language, DateOnly Today);

    /// <summary>A reply and the state to keep (null: forget the chat, after /hapus).</summary>
    private sealed record Step(Reply Reply, ConversationState? Next);
}
