using System.ComponentModel.DataAnnotations;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core;

/// <summary>Settings of the conversation engine (configuration section "Bot").</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>Messages one user may send per minute before a single polite notice and then silence.</summary>
    [Range(1, 10_000)]
    public int RateLimitPerMinute { get; set; } = 20;

    /// <summary>An unfinished form (or any dialogue) is forgotten after this long without a message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ConversationTimeout { get; set; } = RetentionPeriods.UnfinishedForm;

    /// <summary>
    /// How long a chat's state (language, an agent's code, an abandoned form) is kept after the chat last
    /// wrote; the daily retention job deletes older ones, so a chat that never writes again leaves nothing
    /// behind. Default 30 days: long enough that a person who came through an agent's flyer and returns
    /// within the month is still credited to the agent and keeps the language chosen, short enough that
    /// an abandoned draft does not linger. Must be at least <see cref="ConversationTimeout"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "2.00:00:00", "3650.00:00:00")]
    public TimeSpan ConversationRetention { get; set; } = RetentionPeriods.ConversationStates;

    /// <summary>
    /// How long a question kept for the content editors (the unanswered list) is kept; the host's daily
    /// retention job deletes older ones. Default 180 days.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan UnansweredRetention { get; set; } = RetentionPeriods.UnansweredQuestions;

    /// <summary>
    /// How long handled platform update ids are remembered for dedupe (Telegram redelivers an update for at
    /// most 24 hours, Discord not at all); the daily retention job forgets older ones. Default 48 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "30.00:00:00")]
    public TimeSpan ProcessedUpdateRetention { get; set; } = RetentionPeriods.ProcessedUpdateIds;

    /// <summary>
    /// Staff allowed to use /stats, /export and /unanswered in chat, as "channel:userId"
    /// (for example "telegram:123456789"). The terminal's operator ("terminal:local") is staff by default.
    /// </summary>
    public IList<string> AdminUserIds { get; } = ["terminal:local"];

    /// <summary>The bot's public name, used in texts.</summary>
    [Required]
    public string Name { get; set; } = "Jamsos.Outreach";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A shorter retention would prune a form the person may still finish.
        if (ConversationRetention < ConversationTimeout)
        {
            yield return new ValidationResult(
                "Bot:ConversationRetention must be at least Bot:ConversationTimeout.", [nameof(ConversationRetention), nameof(ConversationTimeout)]);
        }
    }
}
