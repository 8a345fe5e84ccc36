using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// The interest sign-up form: name, phone, regency or city, occupation, how to be contacted, news
/// opt-in, consent (with its text and version), then a summary to confirm, edit or cancel. Cancel works
/// at every step. Pure: every call returns the reply, the next state and, on confirmation only, the sign-up
/// to store, so nothing reaches the store before consent and Send, and a refused consent drops the draft.
/// </summary>
public sealed class SignUpDialogue
{
    public const int MaxNameLength = SignUpFieldValidator.MaxNameLength;

    public SignUpOutcome Start(ConversationState state, Language language, ContactMethod channelContact = ContactMethod.Telegram)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = new SignUpDraft(SignUpStep.Name);
        var prompt = SignUpPrompts.Prompt(draft, language, channelContact);
        var text = new RichText().Plain(SignUpTexts.Intro(language)).Paragraph().Append(prompt.Text);
        return new SignUpOutcome(prompt with { Text = text }, state with { Flow = Flow.SignUp, SignUp = draft, Calculator = null });
    }

    /// <summary>One step: typed text, a pressed form button (<paramref name="pressed"/>) or a shared phone number.</summary>
    public SignUpOutcome Handle(ConversationState state, IncomingMessage message, SignUpPayload? pressed, Language language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(message);
        var form = new Form(state, state.SignUp ?? new SignUpDraft(SignUpStep.Name), language, message.ChannelContact);
        if (pressed is SignUpCancelPayload)
        {
            return Cancel(state, language);
        }

        var text = message.Text;
        var draft = form.Draft;
        return draft.Step switch
        {
            SignUpStep.Name => form.Next(SignUpFieldValidator.Name(text, language), v => draft with { Name = v }, SignUpStep.Phone),
            SignUpStep.Phone => form.Next(SignUpFieldValidator.Phone(text, message.SharedPhone, language), v => draft with { Phone = v }, SignUpStep.Region),
            SignUpStep.Region => Region(form, pressed as SignUpRegionPayload, text),
            SignUpStep.RegionOther => TypedRegion(form, text),
            SignUpStep.RegionChoice => RegionChoice(form, pressed as SignUpRegencyPayload, text),
            SignUpStep.Occupation => Occupation(form, pressed as SignUpOccupationPayload, text),
            SignUpStep.OccupationOther => form.Next(SignUpFieldValidator.Occupation(text, language), v => draft with { Occupation = v }, SignUpStep.Contact),
            SignUpStep.Contact => form.Next(
                pressed is SignUpContactPayload contact ? FieldCheck.Valid(contact.Method) : SignUpFieldValidator.Contact(text, language),
                v => draft with { ContactMethod = v }, SignUpStep.News),
            SignUpStep.News => form.Next(
                pressed is SignUpNewsPayload news ? FieldCheck.Valid(news.Wanted) : SignUpFieldValidator.NewsOptIn(text, language),
                v => draft with { NewsOptIn = v }, SignUpStep.Consent),
            SignUpStep.Consent => Consent(form, pressed is SignUpConsentPayload consent ? FieldCheck.Valid(consent.Agreed) : SignUpFieldValidator.Consent(text, language), now),
            SignUpStep.Summary => pressed switch
            {
                SignUpConfirmPayload => Confirm(form, message.UserId, now),
                SignUpEditPayload { Field: null } => form.Ask(draft with { Step = SignUpStep.EditChoice }),
                _ => form.Again(SignUpTexts.PickSummaryAction(language)),
            },
            SignUpStep.EditChoice => pressed is SignUpEditPayload { Field: { } field }
                ? form.Ask(draft with { Step = field, Editing = true })
                : form.Again(SignUpTexts.PickField(language)),
            _ => Cancel(state, language),
        };
    }

    /// <summary>
    /// A whole form at once (Discord's modal), checked field by field in the chat's order with the same
    /// validator. It stops at the first field that fails, with the draft at that step, and otherwise leaves
    /// the draft at the summary: nothing is stored before Send.
    /// </summary>
    public SignUpFormOutcome Submit(ConversationState state, SignUpForm form, Language language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(form);
        var started = Start(state, language, form.Contact).Next;
        var draft = started.SignUp!;
        var name = SignUpFieldValidator.Name(form.Name, language);
        if (!name.IsValid)
        {
            return Invalid(started, draft, SignUpStep.Name, name.Problem, language, form.Contact);
        }

        var phone = SignUpFieldValidator.Phone(form.Phone, null, language);
        if (!phone.IsValid)
        {
            return Invalid(started, draft with { Step = SignUpStep.Phone, Name = name.Value }, SignUpStep.Phone, phone.Problem, language, form.Contact);
        }

        draft = draft with { Name = name.Value, Phone = phone.Value };
        var region = SignUpFieldValidator.Region(form.Region, language);
        if (!region.IsValid)
        {
            return Invalid(started, draft with { Step = SignUpStep.Region }, SignUpStep.Region, region.Problem, language, form.Contact);
        }

        var occupation = SignUpFieldValidator.Occupation(form.Occupation, language);
        if (!occupation.IsValid)
        {
            return Invalid(started, draft with { Step = SignUpStep.Occupation, Region = region.Value }, SignUpStep.Occupation, occupation.Problem, language, form.Contact);
        }

        if (!form.Consent)
        {
            return new SignUpFormOutcome(new SignUpFormResult(SignUpFormStatus.Declined, Declined(language)), started with { Flow = Flow.None, SignUp = null });
        }

        // "bekasi" is both a Kota and a Kabupaten: the chat's question comes first, and its answer leads to the summary.
        var ambiguous = SignUpFieldValidator.RegionChoices(region.Value).Count > 1;
        draft = draft with
        {
            Step = ambiguous ? SignUpStep.RegionChoice : SignUpStep.Summary, Editing = ambiguous, Region = region.Value,
            Occupation = occupation.Value, ContactMethod = form.Contact, NewsOptIn = form.NewsOptIn, ConsentVersion = ConsentText.Version, ConsentAt = now,
        };

        // A form has no room for the consent text itself, so it is shown in full with the summary (or the region question), before Send stores anything.
        var prompt = SignUpPrompts.Prompt(draft, language, form.Contact);
        var text = new RichText().Append(prompt.Text).Paragraph()
            .Bold(SignUpTexts.ConsentHeading(language)).Plain($" ({ConsentText.Version}): ").Plain(ConsentText.For(language));
        var status = ambiguous ? SignUpFormStatus.NeedsChoice : SignUpFormStatus.ReadyToConfirm;
        return new SignUpFormOutcome(new SignUpFormResult(status, prompt with { Text = text }), started with { SignUp = draft });
    }

    /// <summary>The reply once the engine has stored <paramref name="signUp"/>: new, or an update of the same phone.</summary>
    public static Reply Thanks(SignUp signUp, bool isNew, Language language)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var thanks = new RichText()
            .Plain(SignUpTexts.ThanksOpening(language))
            .Bold(signUp.Name)
            .Plain(SignUpTexts.Saved(language, isNew, SignUpPrompts.ContactLabel(signUp.ContactMethod, language)))
            .Paragraph()
            .Plain(SignUpTexts.ScamWarning(language));
        return new Reply(thanks, [SignUpPrompts.MenuRow(language)]);
    }

    /// <summary>The reply when storing failed: the draft stays at the summary so Send can be pressed again.</summary>
    public static Reply NotSaved(Language language) => Reply.Of(SignUpTexts.NotSaved(language),
        [new Button(SignUpTexts.Send(language), new SignUpConfirmPayload()), SignUpPrompts.CancelButton(language)]);

    private static SignUpOutcome Region(Form form, SignUpRegionPayload? pressed, string? text)
    {
        if (pressed is { Index: null })
        {
            return form.Ask(form.Draft with { Step = SignUpStep.RegionOther });
        }

        if (pressed is { Index: { } index } && index >= 0 && index < Regions.Banten.Count)
        {
            return form.Advance(form.Draft with { Region = Regions.Banten[index] }, SignUpStep.Occupation);
        }

        return TypedRegion(form, text);
    }

    /// <summary>A typed region: its canonical name when it names one regency or city, a question when it names a Kota and a Kabupaten.</summary>
    private static SignUpOutcome TypedRegion(Form form, string? text)
    {
        var check = SignUpFieldValidator.Region(text, form.Language);
        return check.IsValid && SignUpFieldValidator.RegionChoices(check.Value).Count > 1
            ? form.Ask(form.Draft with { Step = SignUpStep.RegionChoice, Region = check.Value })
            : form.Next(check, v => form.Draft with { Region = v }, SignUpStep.Occupation);
    }

    /// <summary>The answer to "Kota Bekasi atau Kabupaten Bekasi?": a button, a typed prefix ("kab"), or another place typed instead.</summary>
    private static SignUpOutcome RegionChoice(Form form, SignUpRegencyPayload? pressed, string? text)
    {
        if (pressed is not null)
        {
            return Regencies.ByCode(pressed.Code) is { } regency
                ? form.Advance(form.Draft with { Region = regency.Name }, SignUpStep.Occupation)
                : form.Again(SignUpTexts.PickAButton(form.Language));
        }

        return TypedRegion(form, Regencies.IsPrefixOnly(text) ? text + " " + form.Draft.Region : text);
    }

    private static SignUpOutcome Occupation(Form form, SignUpOccupationPayload? pressed, string? text)
    {
        if (pressed is { Index: null })
        {
            return form.Ask(form.Draft with { Step = SignUpStep.OccupationOther });
        }

        if (pressed is { Index: { } index } && index >= 0 && index < Occupations.Choices.Count)
        {
            return form.Advance(form.Draft with { Occupation = Occupations.Choices[index].Id }, SignUpStep.Contact);
        }

        return form.Next(SignUpFieldValidator.Occupation(text, form.Language), v => form.Draft with { Occupation = v }, SignUpStep.Contact);
    }

    private static SignUpOutcome Consent(Form form, FieldCheck<bool> consent, DateTimeOffset now)
    {
        if (!consent.IsValid)
        {
            return form.Again(consent.Problem);
        }

        return consent.Value
            ? form.Advance(form.Draft with { ConsentVersion = ConsentText.Version, ConsentAt = now }, SignUpStep.Summary)
            : new SignUpOutcome(Declined(form.Language), form.State with { Flow = Flow.None, SignUp = null });
    }

    private static SignUpOutcome Confirm(Form form, string userId, DateTimeOffset now)
    {
        if (form.Draft is not { Name: { } name, Phone: { } phone, Region: { } region, Occupation: { } occupation, ContactMethod: { } contact, NewsOptIn: { } news, ConsentVersion: { } version, ConsentAt: { } consentAt })
        {
            return form.Ask(form.Draft with { Step = SignUpStep.Name });
        }

        var state = form.State;
        var signUp = new SignUp(phone, name, region, occupation, contact, news, version, consentAt,
            state.Chat.Channel, state.Chat.ChatId, userId, state.Referrer, form.Language.Code(), now, now);
        return new SignUpOutcome(Reply.None, state with { Flow = Flow.None, SignUp = null }, signUp);
    }

    private static SignUpFormOutcome Invalid(ConversationState state, SignUpDraft draft, SignUpStep step, string problem, Language language, ContactMethod channelContact)
    {
        var again = new Form(state, draft, language, channelContact).Again(problem);
        return new SignUpFormOutcome(new SignUpFormResult(SignUpFormStatus.Invalid, again.Reply, step, RichText.From(problem)), again.Next);
    }

    private static Reply Declined(Language language) => Reply.Of(SignUpTexts.ConsentRefused(language), SignUpPrompts.MenuRow(language));

    private static SignUpOutcome Cancel(ConversationState state, Language language) =>
        new(Reply.Of(Cancelled(language), SignUpPrompts.MenuRow(language)), state with { Flow = Flow.None, SignUp = null });

    /// <summary>The form as it stands in this turn, and the three ways a step ends: ask, advance, or ask again.</summary>
    private sealed record Form(ConversationState State, SignUpDraft Draft, Language Language, ContactMethod ChannelContact)
    {
        public SignUpOutcome Ask(SignUpDraft draft) =>
            new(SignUpPrompts.Prompt(draft, Language, ChannelContact), State with { Flow = Flow.SignUp, SignUp = draft });

        /// <summary>To the next step, or back to the summary when the field was being edited.</summary>
        public SignUpOutcome Advance(SignUpDraft draft, SignUpStep next) =>
            Ask(draft with { Step = draft.Editing ? SignUpStep.Summary : next, Editing = false });

        public SignUpOutcome Next<T>(FieldCheck<T> check, Func<T, SignUpDraft> set, SignUpStep next) =>
            check.IsValid ? Advance(set(check.Value), next) : Again(check.Problem);

        public SignUpOutcome Again(string problem)
        {
            var prompt = SignUpPrompts.Prompt(Draft, Language, ChannelContact);
            return new(prompt with { Text = new RichText().Plain(problem).Line().Append(prompt.Text) }, State with { Flow = Flow.SignUp, SignUp = Draft });
        }
    }
}
