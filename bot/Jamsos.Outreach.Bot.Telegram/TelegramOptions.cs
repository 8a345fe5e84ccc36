using Telegram.Bot.Types.Enums;

namespace Jamsos.Outreach.Bot.Channels.Telegram;

/// <summary>
/// The Telegram channel (section "Telegram"; environment variables Telegram__Token, Telegram__ApiBaseUrl,
/// Telegram__Mode, Telegram__Webhook__Url, …). The token is a secret: it is never logged, and it is part
/// of every request URL, so URLs are never logged either.
/// </summary>
internal sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string Token { get; set; } = string.Empty;

    /// <summary>The Bot API server; tests and a self-hosted Bot API server override it.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Long-poll timeout sent to getUpdates (the server caps it at 50 s).</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>How much longer than the long poll the client waits before calling it a timeout.</summary>
    public TimeSpan PollClientSlack { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Client timeout of every other call.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First back-off after a failure; doubles (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per outgoing message (429 waits and safe retries included).</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>"Terminated by other getUpdates" this many times in a row: another instance owns the token, so this one stops.</summary>
    public int MaxConsecutiveConflicts { get; set; } = 5;

    /// <summary>Back-off after a 409 conflict (at least the server's own 3 s damping), with jitter.</summary>
    public TimeSpan ConflictDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Chats handled in parallel; updates of one chat are always handled one after another, in order.</summary>
    public int Concurrency { get; set; } = 16;

    public bool DisableLinkPreviews { get; set; } = true;

    /// <summary>Register the command menu (setMyCommands, Indonesian and English) at start.</summary>
    public bool SetCommands { get; set; } = true;

    /// <summary>
    /// How long a broadcast's lease lasts without renewal (renewed every third of it while sending): the
    /// wait before another instance may resume a broadcast whose sender died.
    /// </summary>
    public TimeSpan BroadcastLease { get; set; } = TimeSpan.FromMinutes(1);

    public TelegramWebhookOptions Webhook { get; } = new();

    public TelegramRateLimits Limits { get; } = new();

    /// <summary>The update types asked for, explicitly, on the first poll and in setWebhook.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];
}
