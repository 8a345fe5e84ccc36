namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>The data of an interaction: command name and options, a component's custom id, or a modal's values.</summary>
internal sealed record InteractionData
{
    public string? Name { get; init; }

    public IReadOnlyList<CommandOptionValue>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public IReadOnlyList<SubmittedComponent>? Components { get; init; }
}
