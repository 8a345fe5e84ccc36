namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>What happened to one update.</summary>
internal enum UpdateDisposition
{
    Handled,

    /// <summary>Its id was processed before (a redelivery): nothing was done again.</summary>
    Duplicate,

    /// <summary>Nothing to do for this bot; acknowledged all the same.</summary>
    Ignored,
}
