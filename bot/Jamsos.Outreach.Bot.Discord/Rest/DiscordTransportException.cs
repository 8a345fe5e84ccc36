namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>A request that never got a usable answer (timeout, connection failure, 5xx) after its retries: transient.</summary>
internal sealed class DiscordTransportException : Exception
{
    public DiscordTransportException()
    {
    }

    public DiscordTransportException(string message)
        : base(message)
    {
    }

    public DiscordTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
