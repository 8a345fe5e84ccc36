namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>The gateway closed with a code that reconnecting cannot fix (4004, 4010-4014); the message says what to change.</summary>
internal sealed class GatewayFatalException : Exception
{
    public GatewayFatalException()
    {
    }

    public GatewayFatalException(string message)
        : base(message)
    {
    }

    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalException(int closeCode)
        : base("Discord gateway stopped: " + GatewayCloseCodes.FatalExplanation(closeCode))
    {
        CloseCode = closeCode;
    }

    public int? CloseCode { get; }
}
