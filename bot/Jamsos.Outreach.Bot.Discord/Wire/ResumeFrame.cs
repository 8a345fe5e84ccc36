namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>op 6: continues a session after a drop; Discord replays what was missed, then RESUMED.</summary>
internal sealed record ResumeFrame(ResumeData D)
{
    public int Op => GatewayOpcodes.Resume;
}
