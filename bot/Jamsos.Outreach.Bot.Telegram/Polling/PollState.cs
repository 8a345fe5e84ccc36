namespace Jamsos.Outreach.Bot.Channels.Telegram.Polling;

/// <summary>The poll loop's failure counters: reset by every answered poll, they drive back-off and the conflict limit.</summary>
internal sealed class PollState
{
    /// <summary>Failed polls in a row (network, 5xx, other refusals): the exponent of the back-off.</summary>
    public int Failures { get; set; }

    /// <summary>409 "terminated by other getUpdates" in a row: another instance is polling with this token.</summary>
    public int Conflicts { get; set; }

    /// <summary>A 409 "webhook is active" is answered with one deleteWebhook; after that it counts as a conflict.</summary>
    public bool WebhookDeleted { get; set; }

    public void Answered()
    {
        Failures = 0;
        Conflicts = 0;
    }
}
