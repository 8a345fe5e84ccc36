namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// The Bot API answered <c>ok:false</c>. Branch on <see cref="ErrorCode"/> and the parameters; the
/// description is for people, and matched only for the few texts the protocol gives no code for
/// ("message is not modified", "query is too old", "can't parse entities").
/// </summary>
internal sealed class TelegramApiException : Exception
{
    public TelegramApiException()
    {
        Method = Description = string.Empty;
    }

    public TelegramApiException(string message)
        : base(message)
    {
        Method = Description = string.Empty;
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = Description = string.Empty;
    }

    public TelegramApiException(string method, int errorCode, string description, int? retryAfterSeconds, long? migrateToChatId)
        : base($"Telegram {method} refused: {errorCode} {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(Math.Max(0, s)) : null;
        MigrateToChatId = migrateToChatId;
    }

    public string Method { get; }

    public int ErrorCode { get; }

    public string Description { get; }

    /// <summary>Flood control: wait at least this long before the next call.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The group became a supergroup with this id: send there instead.</summary>
    public long? MigrateToChatId { get; }

    public bool IsTooManyRequests => ErrorCode == 429;

    public bool IsServerError => ErrorCode >= 500;

    public bool IsUnauthorized => ErrorCode == 401;

    /// <summary>403: blocked by the user, kicked from the group, user deactivated. Never retried.</summary>
    public bool IsForbidden => ErrorCode == 403;

    public bool IsConflict => ErrorCode == 409;

    public bool IsWebhookActive => IsConflict && Has("webhook is active");

    public bool IsNotModified => ErrorCode == 400 && Has("message is not modified");

    public bool IsQueryTooOld => ErrorCode == 400 && (Has("query is too old") || Has("query id is invalid"));

    public bool IsCannotParseEntities => ErrorCode == 400 && Has("can't parse entities");

    private bool Has(string text) => Description.Contains(text, StringComparison.OrdinalIgnoreCase);
}
