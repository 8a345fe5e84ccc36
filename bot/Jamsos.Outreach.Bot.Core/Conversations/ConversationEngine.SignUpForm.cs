using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The sign-up as one form (Discord's modal) instead of seven messages: the answers are fed through the
/// same <see cref="SignUpDialogue"/> steps, so validation, the consent record and the store are exactly the
/// chat's. It counts as one message for the rate limit (seven would trip it after two attempts), stops at
/// the first field that fails, and leaves the draft at the summary: nothing is stored before Send.
/// </summary>
public sealed partial class ConversationEngine
{
    public async Task<SignUpFormResult> SubmitSignUpFormAsync(IncomingMessage message, SignUpForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(form);
        var now = clock.GetUtcNow();
        var hint = HintLanguage(message.LanguageHint);
        switch (limiter.Check(message.Channel + ":" + message.UserId))
        {
            case RateDecision.NoticeDue:
                return new SignUpFormResult(SignUpFormStatus.RateLimited, Reply.Of(RateLimited(hint ?? Language.Id)) with { Private = true });
            case RateDecision.Silent:
                return new SignUpFormResult(SignUpFormStatus.RateLimited, Reply.None);
        }

        var stored = await conversations.GetAsync(message.Chat, cancellationToken).ConfigureAwait(false);
        var state = stored is not null && now - stored.UpdatedAt <= options.ConversationTimeout
            ? stored
            : new ConversationState(message.Chat, message.UserId, now, Language: stored?.Language, Referrer: stored?.Referrer);
        var language = state.Language is { } chosen && LanguageCodes.TryParse(chosen, out var c) ? c : hint ?? Language.Id;

        var (reply, next) = signUpDialogue.Start(state, language);
        (string? Text, string? Action)[] answers =
        [
            (form.Name, null),
            (form.Phone, null),
            (form.Region, null),
            (form.Occupation, null),
            (null, ContactAction(form.Contact)),
            (null, form.NewsOptIn ? "n:yes" : "n:no"),
            (null, form.Consent ? "consent:yes" : "consent:no"),
        ];
        foreach (var (typed, action) in answers)
        {
            var step = next.SignUp!.Step;
            (reply, next) = await signUpDialogue.HandleAsync(next, message with { Text = typed, Payload = null }, action, language, cancellationToken).ConfigureAwait(false);
            if (next.Flow != Flow.SignUp)
            {
                await conversations.SaveAsync(next with { UserId = message.UserId, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                return new SignUpFormResult(SignUpFormStatus.Declined, reply with { Private = true });
            }

            if (next.SignUp!.Step == step)
            {
                // The dialogue repeats its question after the problem: the form shows only the problem line.
                await conversations.SaveAsync(next with { UserId = message.UserId, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                return new SignUpFormResult(SignUpFormStatus.Invalid, reply with { Private = true }, step, FirstLine(reply.Text));
            }
        }

        await conversations.SaveAsync(next with { UserId = message.UserId, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);

        // A form has no room for the consent text itself, so it is shown in full with the summary, before Send stores anything.
        var text = new RichText();
        foreach (var span in reply.Text.Spans)
        {
            AppendSpan(text, span);
        }

        text.Paragraph().Bold(T(language, "Persetujuan", "Consent")).Plain($" ({ConsentText.Version}): ").Plain(ConsentText.For(language));
        return new SignUpFormResult(SignUpFormStatus.ReadyToConfirm, reply with { Text = text, Private = true });
    }

    private static string ContactAction(ContactMethod method) => method switch
    {
        ContactMethod.WhatsApp => "c:whatsapp",
        ContactMethod.PhoneCall => "c:phone",
        ContactMethod.Discord => "c:discord",
        _ => "c:telegram",
    };

    private static RichText FirstLine(RichText text)
    {
        var line = new RichText();
        foreach (var span in text.Spans.TakeWhile(s => s.Kind != TextSpanKind.LineBreak))
        {
            AppendSpan(line, span);
        }

        return line;
    }

    private static void AppendSpan(RichText text, TextSpan span)
    {
        _ = span.Kind switch
        {
            TextSpanKind.Bold => text.Bold(span.Text),
            TextSpanKind.Link => text.Link(span.Text, span.Url ?? string.Empty),
            TextSpanKind.LineBreak => text.Line(),
            _ => text.Plain(span.Text),
        };
    }
}
