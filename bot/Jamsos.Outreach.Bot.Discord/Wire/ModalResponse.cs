namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>Callback type 9: opens a modal. Never allowed as the answer to a modal submit.</summary>
internal sealed record ModalResponse(ModalData Data)
{
    public int Type => InteractionCallbackTypes.Modal;
}
