namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// One REST call: method, the route template (for buckets and for logs, which never see a token), the
/// top-level resource the limit also depends on (channel, guild, webhook+token), and the real path.
/// Interaction callbacks and follow-ups are exempt from the global 50/s limit; they are also the routes the
/// interaction token authorises (no bot token needed).
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string MajorParameter, string Path, bool ExemptFromGlobal = false)
{
    /// <summary>The bucket key before Discord has told us the bucket hash: method + template.</summary>
    public string RouteKey => Method.Method + " " + Template;

    public override string ToString() => RouteKey;
}
