namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>Where a command list applies: "default", "all_private_chats", "all_group_chats", …</summary>
internal sealed class BotCommandScope
{
    public string Type { get; init; } = "default";

    public static BotCommandScope AllPrivateChats => new() { Type = "all_private_chats" };

    public static BotCommandScope AllGroupChats => new() { Type = "all_group_chats" };
}
