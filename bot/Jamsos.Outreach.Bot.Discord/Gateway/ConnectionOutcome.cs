namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>How one connection ended, and whether it got as far as READY or RESUMED (which resets the back-off).</summary>
internal sealed record ConnectionOutcome(ConnectionOutcomeKind Kind, int? CloseCode = null, bool Resumable = false, string? Description = null)
{
    public bool Established { get; init; }

    public override string ToString() => Kind switch
    {
        ConnectionOutcomeKind.Closed => $"closed with {CloseCode}{(Description is { Length: > 0 } d ? " (" + d + ")" : string.Empty)}",
        ConnectionOutcomeKind.InvalidSession => Resumable ? "invalid session (resumable)" : "invalid session (not resumable)",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
