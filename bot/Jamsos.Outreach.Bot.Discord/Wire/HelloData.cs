namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>op 10: how often to heartbeat, in milliseconds.</summary>
internal sealed record HelloData
{
    public int HeartbeatInterval { get; init; }
}
