using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Messages;

/// <summary>Whether a guild message is addressed to the bot (mentions it, or replies to one of its messages), and its text without the mention.</summary>
internal static class MentionDetector
{
    public static bool IsAddressedTo(DiscordMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Mentions?.Any(u => u.Id == botUserId) == true
            || (message.Content is { } content && (content.Contains($"<@{botUserId}>", StringComparison.Ordinal) || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal)))
            || message.ReferencedMessage?.Author?.Id == botUserId;
    }

    public static string WithoutMention(string content, string? botUserId)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (botUserId is null)
        {
            return content.Trim();
        }

        return content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal).Trim();
    }
}
