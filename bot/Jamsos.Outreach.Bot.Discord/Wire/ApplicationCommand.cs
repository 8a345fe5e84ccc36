namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A CHAT_INPUT command definition for bulk overwrite (the response adds id, version …, ignored here).</summary>
internal sealed record ApplicationCommand
{
    public string Name { get; init; } = string.Empty;

    public int Type { get; init; } = 1;

    public string Description { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<int>? Contexts { get; init; }

    public IReadOnlyList<int>? IntegrationTypes { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }
}
