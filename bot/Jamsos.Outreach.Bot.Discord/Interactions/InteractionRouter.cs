using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// Every interaction: ignores bots, answers each interaction id once (Discord may deliver an event more
/// than once, and a resume replays), then hands it to the handler of its type.
/// </summary>
internal sealed partial class InteractionRouter
{
    private readonly IProcessedUpdateStore processed;
    private readonly SlashCommandHandler commands;
    private readonly ComponentHandler components;
    private readonly ModalSubmitHandler modals;
    private readonly ILogger logger;

    public InteractionRouter(IProcessedUpdateStore processed, SlashCommandHandler commands, ComponentHandler components, ModalSubmitHandler modals, ILogger<InteractionRouter> logger)
    {
        this.processed = processed;
        this.commands = commands;
        this.components = components;
        this.modals = modals;
        this.logger = logger;
    }

    public async Task HandleAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Invoker is not { Bot: not true } || interaction.Type == InteractionTypes.Ping)
        {
            return;
        }

        if (!await processed.TryMarkAsync(DiscordIncoming.Channel, "i:" + interaction.Id, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(logger, interaction.Id);
            return;
        }

        switch (interaction.Type)
        {
            case InteractionTypes.ApplicationCommand:
                await commands.HandleAsync(interaction, receivedAt, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionTypes.MessageComponent:
                await components.HandleAsync(interaction, receivedAt, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionTypes.ModalSubmit:
                await modals.HandleAsync(interaction, receivedAt, cancellationToken).ConfigureAwait(false);
                break;
            default:
                LogUnsupported(logger, interaction.Type);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord interaction {InteractionId} was delivered again; already answered")]
    private static partial void LogDuplicate(ILogger logger, string interactionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord interaction type {Type} is not used by this bot; skipped")]
    private static partial void LogUnsupported(ILogger logger, int type);
}
