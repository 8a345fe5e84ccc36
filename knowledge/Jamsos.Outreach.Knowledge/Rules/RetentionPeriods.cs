namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// How long the bot keeps what it keeps for a while, by default: the defaults of the bot's settings
/// (Bot:UnansweredRetention, Bot:ProcessedUpdateRetention, Bot:ConversationRetention, Bot:ConversationTimeout)
/// and the periods the site's privacy page promises, from this one place so the two cannot drift apart.
/// The site is built apart from any running bot: an operator who configures other periods states them on the
/// page too.
/// </summary>
public static class RetentionPeriods
{
    /// <summary>A question the bot could not answer, kept (masked, under a person hash) for the content editors.</summary>
    public static TimeSpan UnansweredQuestions { get; } = TimeSpan.FromDays(180);

    /// <summary>A handled platform update id, kept to answer each update once (Telegram redelivers for at most 24 hours).</summary>
    public static TimeSpan ProcessedUpdateIds { get; } = TimeSpan.FromHours(48);

    /// <summary>A chat's state (language, an agent's code, a form), kept after the chat's last message.</summary>
    public static TimeSpan ConversationStates { get; } = TimeSpan.FromDays(30);

    /// <summary>An unfinished form is dropped at the first message after this much silence.</summary>
    public static TimeSpan UnfinishedForm { get; } = TimeSpan.FromHours(24);
}
