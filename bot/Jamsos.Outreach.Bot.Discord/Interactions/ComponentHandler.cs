using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// Button clicks. The channel's own ids open the sign-up modal; engine payloads go to the engine as a
/// pressed button, except "ask to be contacted" and "edit" in the sign-up, which open the modal (pre-filled
/// for edit). A click on someone else's form or calculator button is refused ephemerally and changes nothing.
/// In servers every answer to a click is ephemeral, so clicks never flood the channel.
/// </summary>
internal sealed class ComponentHandler
{
    private readonly ConversationEngine engine;
    private readonly InteractionResponder responder;
    private readonly SignUpFormOpener signUp;

    public ComponentHandler(ConversationEngine engine, InteractionResponder responder, SignUpFormOpener signUp)
    {
        this.engine = engine;
        this.responder = responder;
        this.signUp = signUp;
    }

    public Task HandleAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var customId = interaction.Data?.CustomId;
        var language = DiscordIncoming.LanguageOf(interaction.Locale);
        if (customId is DiscordCustomId.SignUpStart)
        {
            return signUp.OpenAsync(interaction, prefill: false, cancellationToken);
        }

        if (customId is DiscordCustomId.SignUpRetry)
        {
            return signUp.OpenAsync(interaction, prefill: true, cancellationToken);
        }

        if (!DiscordCustomId.TryDecode(customId, out var pressed, out var payload, out var owner))
        {
            return responder.RespondNowAsync(interaction, Reply.Of(OldButton(language)), cancellationToken);
        }

        var personal = IsPersonal(pressed);
        if (owner is not null && owner != interaction.Invoker?.Id && personal)
        {
            return responder.RespondNowAsync(interaction, Reply.Of(T(language,
                "Tombol ini milik orang lain. Ketik /daftar atau /iuran untuk memulai sendiri.",
                "This button belongs to someone else. Use /daftar or /iuran to start your own.")), cancellationToken);
        }

        switch (pressed)
        {
            case CommandPayload { Command: "daftar" }:
                return signUp.OpenAsync(interaction, prefill: false, cancellationToken);
            case SignUpEditPayload { Field: null }:
                return signUp.OpenAsync(interaction, prefill: true, cancellationToken);
        }

        return responder.RespondAsync(interaction, receivedAt, privateIfDeferred: interaction.InGuild || personal,
            ct => engine.HandleAsync(DiscordIncoming.From(interaction, null, payload, receivedAt), ct), cancellationToken);
    }

    /// <summary>Buttons that act on one person's form, calculator or settings (not topic, answer or feedback buttons).</summary>
    private static bool IsPersonal(Payload pressed) =>
        pressed is SignUpPayload or CalculatorPayload or LanguagePayload or CommandPayload { Command: "daftar" or "hapus" or "iuran" };
}
