namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// The envelope of every Bot API answer: <c>{"ok":true,"result":…}</c> or
/// <c>{"ok":false,"error_code":…,"description":…,"parameters":{…}}</c>. The HTTP status usually equals
/// error_code, but the body is what counts, so it is always read.
/// </summary>
internal sealed class ApiResponse<T>
{
    public bool Ok { get; init; }

    public T? Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public ResponseParameters? Parameters { get; init; }
}
