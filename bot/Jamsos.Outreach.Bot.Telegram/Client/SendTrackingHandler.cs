namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// A handler on the Bot API HttpClient that wraps every request body in <see cref="SendTrackingContent"/>
/// and reports, through the request's <see cref="SendTracker"/>, whether all of it was written. The library
/// reports a timeout as a plain exception without saying whether the request went out; this is how we
/// still know: a failure before the body was sent is safe to retry even for sendMessage, one after it
/// leaves the outcome unknown and is never resent.
/// </summary>
internal sealed class SendTrackingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<SendTracker> Key = new("Jamsos.Outreach.Telegram.SendTracker");

    public SendTrackingHandler()
    {
    }

    public SendTrackingHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { } content && request.Options.TryGetValue(Key, out var tracker))
        {
            tracker.Track();
            request.Content = new SendTrackingContent(content, tracker);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
