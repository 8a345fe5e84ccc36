namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>Why the Discord channel stopped the host, if it did; the run verb turns it into a non-zero exit code.</summary>
internal sealed class DiscordChannelStatus
{
    public string? FatalError { get; private set; }

    public void Fail(string reason) => FatalError = reason;
}
