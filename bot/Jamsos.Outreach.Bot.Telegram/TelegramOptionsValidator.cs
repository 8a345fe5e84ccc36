using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Channels.Telegram;

/// <summary>
/// Checks the Telegram settings at start. Messages name the setting, never its value: the token and the
/// webhook secret must not reach the console.
/// </summary>
internal sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!LooksLikeToken(options.Token))
        {
            failures.Add("Telegram:Token must look like 123456789:AA… (the token @BotFather gave you).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            failures.Add("Telegram:ApiBaseUrl must be an absolute http(s) URL.");
        }
        else if (api.AbsolutePath != "/" || api.Query.Length > 0 || api.Fragment.Length > 0)
        {
            // Telegram.Bot keeps only scheme, host and port of the base URL: a path would be dropped
            // silently and every call would go somewhere else than configured.
            failures.Add("Telegram:ApiBaseUrl must be scheme://host[:port] only, without a path (e.g. http://127.0.0.1:8081).");
        }

        if (options.PollTimeoutSeconds is < 1 or > 50)
        {
            failures.Add("Telegram:PollTimeoutSeconds must be between 1 and 50.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.PollClientSlack <= TimeSpan.Zero || options.BroadcastLease <= TimeSpan.Zero)
        {
            failures.Add("Telegram:RequestTimeout, Telegram:PollClientSlack and Telegram:BroadcastLease must be positive.");
        }

        if (options.MaxSendAttempts < 1 || options.MaxConsecutiveConflicts < 1 || options.Concurrency < 1)
        {
            failures.Add("Telegram:MaxSendAttempts, MaxConsecutiveConflicts and Concurrency must be at least 1.");
        }

        var limits = options.Limits;
        if (limits.PerChatPerSecond <= 0 || limits.PerChatBurst < 1 || limits.PerGroupPerMinute < 1 || limits.GlobalPerSecond <= 0)
        {
            failures.Add("Telegram:Limits values must be positive.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            var webhook = options.Webhook;
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                failures.Add("Telegram:Webhook:Url must be the public https URL Telegram posts to.");
            }

            if (!IsValidSecret(webhook.SecretToken))
            {
                failures.Add("Telegram:Webhook:SecretToken must be 1–256 characters of A-Z, a-z, 0-9, _ and -.");
            }

            if (webhook.MaxConnections is < 1 or > 100)
            {
                failures.Add("Telegram:Webhook:MaxConnections must be between 1 and 100.");
            }

            if (!webhook.Path.StartsWith('/') || webhook.QueueCapacity < 1)
            {
                failures.Add("Telegram:Webhook:Path must start with / and QueueCapacity must be at least 1.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>"&lt;bot id&gt;:&lt;secret&gt;": digits, a colon, then URL-safe characters.</summary>
    public static bool LooksLikeToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && token[..colon].All(char.IsAsciiDigit)
            && token.Length - colon > 1
            && token[(colon + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
    }

    public static bool IsValidSecret(string? secret) =>
        secret is { Length: >= 1 and <= 256 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
