namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// Takes the bot token out of any text before it can reach a log or an exception message. The token is
/// part of every request URL, and the server (or a proxy in front of it) may echo that URL in an error
/// description or page, so every remote text passes through here; the secret half alone is redacted
/// too, in case only it was echoed.
/// </summary>
internal sealed class TokenRedactor
{
    public const string Placeholder = "<token>";

    private readonly string token;
    private readonly string secret;

    public TokenRedactor(string token)
    {
        this.token = token ?? string.Empty;
        var colon = this.token.IndexOf(':', StringComparison.Ordinal);
        secret = colon >= 0 ? this.token[(colon + 1)..] : this.token;
    }

    public bool Leaks(string? text) =>
        text is not null && ((token.Length > 0 && text.Contains(token, StringComparison.Ordinal)) || (secret.Length > 0 && text.Contains(secret, StringComparison.Ordinal)));

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Leaks(text))
        {
            return text ?? string.Empty;
        }

        var redacted = token.Length > 0 ? text.Replace(token, Placeholder, StringComparison.Ordinal) : text;
        return secret.Length > 0 ? redacted.Replace(secret, Placeholder, StringComparison.Ordinal) : redacted;
    }
}
