namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// A call that got no Bot API answer: the network, a timeout, or a body that is not the JSON envelope.
/// Always transient. <see cref="RequestSent"/> says whether the whole request body had been handed to the
/// connection: when it had not, the server cannot have acted on it and a retry is safe even for
/// sendMessage; when it had, the outcome is unknown. Messages never contain the token or a URL.
/// </summary>
internal sealed class TelegramTransportException : Exception
{
    public TelegramTransportException()
    {
        Method = string.Empty;
    }

    public TelegramTransportException(string message)
        : base(message)
    {
        Method = string.Empty;
    }

    public TelegramTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = string.Empty;
    }

    public TelegramTransportException(string method, TransportFailure failure, bool requestSent, int? statusCode, string detail, Exception? innerException)
        : base($"Telegram {method}: {Describe(failure, statusCode)}{(detail.Length > 0 ? " (" + detail + ")" : string.Empty)}", innerException)
    {
        Method = method;
        Failure = failure;
        RequestSent = requestSent;
        StatusCode = statusCode;
    }

    public string Method { get; }

    public TransportFailure Failure { get; }

    public bool RequestSent { get; }

    /// <summary>The HTTP status of a <see cref="TransportFailure.BadResponse"/> (502 from a proxy, 200 with broken JSON).</summary>
    public int? StatusCode { get; }

    private static string Describe(TransportFailure failure, int? status) => failure switch
    {
        TransportFailure.Timeout => "no answer before the client timeout",
        TransportFailure.Connection => "connection failed",
        _ => status is { } s ? $"HTTP {s} without a Bot API JSON body" : "an answer without a Bot API JSON body",
    };
}
