namespace Jamsos.Outreach.Bot.Core.SignUps;

public enum SignUpFormStatus
{
    /// <summary>Every field passed; the draft waits at the summary for Send, Edit or Cancel.</summary>
    ReadyToConfirm,

    /// <summary>
    /// Every field passed but the region names a Kota and a Kabupaten ("bekasi"): the reply asks which with
    /// buttons, and the answer leads to the summary. Nothing is stored before Send.
    /// </summary>
    NeedsChoice,

    /// <summary>A field failed validation; <see cref="SignUpFormResult.InvalidStep"/> names it.</summary>
    Invalid,

    /// <summary>Consent was not given: nothing is kept.</summary>
    Declined,

    /// <summary>The person is over the message rate limit.</summary>
    RateLimited,
}
