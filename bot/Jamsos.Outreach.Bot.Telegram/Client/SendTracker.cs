namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// What <see cref="SendTrackingHandler"/> learnt about one request: whether it saw the request at all
/// (an HttpClient built without the handler tells us nothing, and "nothing known" must count as sent)
/// and whether the whole body reached the connection.
/// </summary>
internal sealed class SendTracker
{
    private volatile bool tracked;
    private volatile bool bodySent;

    /// <summary>True unless the handler proved the body never went out in full.</summary>
    public bool RequestMayHaveArrived => !tracked || bodySent;

    public void Track() => tracked = true;

    public void MarkBodySent() => bodySent = true;
}
