namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>setMyCommands: at most 100 commands for a scope and an optional two-letter language.</summary>
internal sealed class SetMyCommandsRequest
{
    public required IReadOnlyList<BotCommand> Commands { get; init; }

    public BotCommandScope? Scope { get; init; }

    public string? LanguageCode { get; init; }
}
