namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;

/// <summary>What became of an initial response offered to <see cref="InlineCallbacks.TryAnswer"/>.</summary>
internal enum InlineAnswer
{
    /// <summary>Not an HTTP interaction (the gateway delivered it), or its request is finished: send the callback over REST.</summary>
    NotInline,

    /// <summary>It is the body of the HTTP reply.</summary>
    Answered,

    /// <summary>Too late: the endpoint already replied with a deferred response (type 5), so the answer must be an edit of @original.</summary>
    AlreadyDeferred,
}
