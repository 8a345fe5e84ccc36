using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// Opens the sign-up modal, at once (a modal cannot follow a defer). Pre-filled, when asked, from the
/// last submission of the last 15 minutes or else from the saved draft; in the person's chosen language.
/// </summary>
internal sealed class SignUpFormOpener
{
    private readonly InteractionResponder responder;
    private readonly IConversationStore conversations;
    private readonly SignUpFormCache cache;

    public SignUpFormOpener(InteractionResponder responder, IConversationStore conversations, SignUpFormCache cache)
    {
        this.responder = responder;
        this.conversations = conversations;
        this.cache = cache;
    }

    public async Task OpenAsync(Interaction interaction, bool prefill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var userId = interaction.Invoker?.Id ?? string.Empty;
        var state = await conversations.GetAsync(new ChatKey(DiscordIncoming.Channel, userId), cancellationToken).ConfigureAwait(false);
        var language = state?.Language is { } code && LanguageCodes.TryParse(code, out var chosen) ? chosen : DiscordIncoming.LanguageOf(interaction.Locale);
        SignUpModalValues? values = null;
        if (prefill)
        {
            values = cache.Recall(userId)
                ?? (state?.SignUp is { } draft ? new SignUpModalValues(draft.Name, draft.Phone, draft.Region, draft.Occupation, Consent: false) : null);
        }

        await responder.OpenModalAsync(interaction, SignUpModal.Build(language, values), cancellationToken).ConfigureAwait(false);
    }
}
