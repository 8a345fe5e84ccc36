namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>Identify calls left in the current window; <see cref="ResetAfter"/> is in milliseconds.</summary>
internal sealed record SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; } = 1;
}
