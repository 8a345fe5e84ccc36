using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;

/// <summary>
/// A progress bar on standard error: redrawn in place (carriage return) on a terminal, at most ten times
/// a second; one line per tenth of the way when the output is a file or a pipe.
/// </summary>
internal sealed class BroadcastProgress
{
    private const int Width = 30;

    private readonly TextWriter output;
    private readonly bool interactive;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private DateTimeOffset lastDrawn = DateTimeOffset.MinValue;
    private int lastTenth = -1;

    public BroadcastProgress(TextWriter output, bool interactive, TimeProvider clock)
    {
        this.output = output;
        this.interactive = interactive;
        this.clock = clock;
    }

    public void Report(BroadcastSummary summary, bool final = false)
    {
        ArgumentNullException.ThrowIfNull(summary);
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var tenth = summary.Total == 0 ? 10 : summary.Done * 10 / summary.Total;
            if (!final && (interactive ? now - lastDrawn < TimeSpan.FromMilliseconds(100) : tenth == lastTenth))
            {
                return;
            }

            lastDrawn = now;
            lastTenth = tenth;
            var line = Line(summary);
            if (interactive)
            {
                output.Write("\r" + line + (final ? Environment.NewLine : string.Empty));
            }
            else
            {
                output.WriteLine(line);
            }

            output.Flush();
        }
    }

    public static string Line(BroadcastSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var filled = summary.Total == 0 ? Width : summary.Done * Width / summary.Total;
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', Width - filled)}] {summary.Done}/{summary.Total}  sent {summary.Sent}  blocked {summary.Blocked}  failed {summary.Failed}  unknown {summary.Unknown}");
    }
}
