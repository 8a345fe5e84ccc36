using System.Net;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// Wraps a request body and records when all of it has been written to the connection. A failure before
/// that point means the server never had a complete request, so even a non-idempotent call (sendMessage)
/// can be retried without risking a duplicate; a failure after it leaves the outcome unknown. Installed by
/// <see cref="SendTrackingHandler"/>.
/// </summary>
internal sealed class SendTrackingContent : HttpContent
{
    private readonly HttpContent inner;
    private readonly SendTracker tracker;

    public SendTrackingContent(HttpContent inner, SendTracker tracker)
    {
        this.inner = inner;
        this.tracker = tracker;
        foreach (var header in inner.Headers)
        {
            // The length is computed by TryComputeLength below; everything else (the content type) is copied.
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await inner.CopyToAsync(stream, context, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        tracker.MarkBodySent();
    }

    protected override bool TryComputeLength(out long length)
    {
        var known = inner.Headers.ContentLength;
        length = known ?? 0;
        return known is not null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
