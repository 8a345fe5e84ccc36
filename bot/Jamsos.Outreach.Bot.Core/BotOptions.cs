using System.ComponentModel.DataAnnotations;

namespace Jamsos.Outreach.Bot.Core;

/// <summary>Settings of the conversation engine (configuration section "Bot").</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Messages one user may send per minute before a single polite notice and then silence.</summary>
    [Range(1, 10_000)]
    public int RateLimitPerMinute { get; set; } = 20;

    /// <summary>An unfinished form (or any dialogue) is forgotten after this long without a message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ConversationTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Staff allowed to use /stats, /export and /unanswered in chat, as "channel:userId"
    /// (for example "telegram:123456789"). The terminal's operator ("terminal:local") is staff by default.
    /// </summary>
    public IList<string> AdminUserIds { get; } = ["terminal:local"];

    /// <summary>The bot's public name, used in texts.</summary>
    [Required]
    public string Name { get; set; } = "Jamsos.Outreach";
}
