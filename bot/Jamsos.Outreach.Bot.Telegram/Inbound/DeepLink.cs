namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>
/// /start payloads from t.me/&lt;bot&gt;?start=… links: 1–64 characters of A-Z a-z 0-9 _ and -. Anything
/// else is untrusted junk and dropped, so the person simply gets the welcome.
/// </summary>
internal static class DeepLink
{
    public const int MaxLength = 64;

    public static bool IsValidPayload(string? payload) =>
        payload is { Length: >= 1 and <= MaxLength } && payload.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
