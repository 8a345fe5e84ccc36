namespace Jamsos.Outreach.Bot.Channels.Telegram.Inbound;

/// <summary>What an update means for this bot.</summary>
internal enum InboundKind
{
    /// <summary>Nothing to do (an edit, a poll, a command for another bot, a sticker); acknowledged all the same.</summary>
    Ignored,

    /// <summary>A message for the conversation engine.</summary>
    Message,

    /// <summary>A button press: answered, then (with its payload) handed to the engine.</summary>
    Callback,

    /// <summary>A group became a supergroup: its chat id changed.</summary>
    Migrated,

    /// <summary>The bot was blocked, kicked, unblocked or added back.</summary>
    Membership,
}
