namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Button payloads: "v1:&lt;kind&gt;:&lt;value&gt;", versioned so an old button pressed after an upgrade
/// is recognised (and politely refused) instead of misread; at most 64 bytes (Telegram's callback
/// limit, below Discord's 100).
/// </summary>
public static class Payloads
{
    public const string Version = "v1";
    public const int MaxLength = 64;

    public static string Topic(string topic) => Make("m", topic);

    public static string Entry(string entryId) => Make("e", entryId);

    public static string Feedback(string entryId, bool helpful) => Make(helpful ? "fy" : "fn", entryId);

    public static string SignUp(string action) => Make("su", action);

    public static string Calculator(string action) => Make("c", action);

    public static string Language(string code) => Make("l", code);

    public static string Command(string command) => Make("cmd", command);

    public static bool TryParse(string? payload, out string kind, out string value)
    {
        kind = value = string.Empty;
        if (payload is null || payload.Length > MaxLength || !payload.StartsWith(Version + ":", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = payload[(Version.Length + 1)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        kind = rest[..colon];
        value = rest[(colon + 1)..];
        return true;
    }

    private static string Make(string kind, string value)
    {
        var payload = $"{Version}:{kind}:{value}";
        return payload.Length <= MaxLength ? payload : throw new ArgumentException($"Button payload over {MaxLength} characters: {kind}", nameof(value));
    }
}
