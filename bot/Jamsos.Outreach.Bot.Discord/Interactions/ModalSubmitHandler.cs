using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// The submitted sign-up modal, through <see cref="ConversationEngine.SubmitSignUpFormAsync"/>: the chat's
/// own validation and consent record. Valid → the summary (with the full consent text) and Send / Edit /
/// Cancel, stored only on Send; a region that is both a Kota and a Kabupaten ("bekasi") → the chat's question
/// with a button for each, then the summary; invalid → the problem and "Try again", which reopens the form pre-filled.
/// Always ephemeral. Contact is by Discord (the form has no room for a sixth field; the summary shows it).
/// </summary>
internal sealed class ModalSubmitHandler
{
    private readonly ConversationEngine engine;
    private readonly InteractionResponder responder;
    private readonly SignUpFormCache cache;

    public ModalSubmitHandler(ConversationEngine engine, InteractionResponder responder, SignUpFormCache cache)
    {
        this.engine = engine;
        this.responder = responder;
        this.cache = cache;
    }

    public Task HandleAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = DiscordIncoming.LanguageOf(interaction.Locale);
        if (interaction.Data?.CustomId != DiscordCustomId.SignUpForm)
        {
            return responder.RespondNowAsync(interaction, Reply.Of(OldButton(language)), cancellationToken);
        }

        var userId = interaction.Invoker?.Id ?? string.Empty;
        var values = SignUpModalValues.Parse(interaction.Data.Components);
        cache.Remember(userId, values);
        return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: true, async ct =>
        {
            var form = new SignUpForm(values.Name, values.Phone, values.Region, values.Occupation, values.Consent, ContactMethod.Discord);
            var result = await engine.SubmitSignUpFormAsync(DiscordIncoming.From(interaction, null, null, receivedAt), form, ct).ConfigureAwait(false);
            switch (result.Status)
            {
                case SignUpFormStatus.Invalid:
                    return new Reply(result.Problem ?? result.Reply.Text,
                        [[new Button(T(language, "🔁 Coba lagi", "🔁 Try again"), DiscordCustomId.SignUpRetry), new Button(T(language, "✖ Batal", "✖ Cancel"), Payloads.SignUp("cancel"))]],
                        Private: true);
                case SignUpFormStatus.ReadyToConfirm or SignUpFormStatus.NeedsChoice:
                    cache.Forget(userId);
                    return result.Reply;
                default:
                    cache.Forget(userId);
                    return result.Reply;
            }
        }, cancellationToken);
    }
}
