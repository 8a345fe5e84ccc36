namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>The gateway intents this bot uses. INTERACTION_CREATE needs none: commands work with any set.</summary>
internal static class GatewayIntentBits
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: fills in message content for messages that neither mention the bot nor are DMs.</summary>
    public const int MessageContent = 1 << 15;
}
