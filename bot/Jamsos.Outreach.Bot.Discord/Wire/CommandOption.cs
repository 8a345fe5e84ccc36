namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A command option; required options must come before optional ones.</summary>
internal sealed record CommandOption
{
    public int Type { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public long? MinValue { get; init; }

    public long? MaxValue { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}
