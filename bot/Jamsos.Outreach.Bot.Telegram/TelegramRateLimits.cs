namespace Jamsos.Outreach.Bot.Channels.Telegram;

/// <summary>
/// Outgoing message limits (section "Telegram:Limits"), from Telegram's bot FAQ: about one message a
/// second per chat, twenty a minute per group, thirty a second overall. They are what Telegram tolerates
/// before 429s start, not guarantees; retry_after is obeyed regardless.
/// </summary>
internal sealed class TelegramRateLimits
{
    /// <summary>Off only for benchmarks against a fake server.</summary>
    public bool Enabled { get; set; } = true;

    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Short bursts per chat (a split answer's parts) that Telegram tolerates.</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>At most this many messages in any rolling minute to one group.</summary>
    public int PerGroupPerMinute { get; set; } = 20;

    public double GlobalPerSecond { get; set; } = 30;
}
