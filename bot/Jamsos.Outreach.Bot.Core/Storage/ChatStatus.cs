namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>What is known about a chat's reachability (table chat_status).</summary>
public enum ChatStatus
{
    Active,

    /// <summary>403: the person blocked the bot, or it was removed from the group. Nothing is sent there.</summary>
    Blocked,

    /// <summary>The group became a supergroup; messages go to the new id.</summary>
    Migrated,
}
