namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// Discord answered 401: the token is wrong or was reset. All REST traffic stops (an IP that keeps
/// sending invalid requests is banned by Cloudflare); fix Discord:Token and restart.
/// </summary>
internal sealed class DiscordAuthenticationException : Exception
{
    public DiscordAuthenticationException()
        : base("Discord rejected the bot token (HTTP 401). Set Discord:Token to the token from the Developer Portal (Bot page) and restart.")
    {
    }

    public DiscordAuthenticationException(string message)
        : base(message)
    {
    }

    public DiscordAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
