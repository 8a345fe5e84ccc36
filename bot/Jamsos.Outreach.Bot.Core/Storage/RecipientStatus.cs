namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>Where one recipient of a broadcast stands (broadcast_recipients.status).</summary>
public enum RecipientStatus
{
    Pending,

    /// <summary>Committed just before the send; still there after a crash means "may have arrived".</summary>
    Sending,

    Sent,

    Failed,

    Blocked,

    /// <summary>May or may not have arrived (a crash mid-send, a timeout after the request was sent): never resent.</summary>
    Unknown,
}
