using PdfSharp.Drawing;

namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// Draws a <see cref="FlyerContent"/> top to bottom on an A5 page in points (A4 is the same drawing scaled
/// by √2). Text wraps at word boundaries; the QR codes and the footer sit at the bottom. Content that would
/// run into the QR codes is an error, not a clipped flyer.
/// </summary>
internal sealed class FlyerLayout
{
    public const double Width = 419.53;

    public const double Height = 595.28;

    private const double Margin = 28;

    private const double QrSize = 124;

    private static readonly XColor Brand = XColor.FromArgb(11, 110, 79);

    private static readonly XColor WarningBack = XColor.FromArgb(255, 243, 205);

    private readonly XGraphics gfx;
    private readonly XFont title = new(DejaVuFontResolver.Family, 22, XFontStyleEx.Bold);
    private readonly XFont heading = new(DejaVuFontResolver.Family, 10.5, XFontStyleEx.Bold);
    private readonly XFont amount = new(DejaVuFontResolver.Family, 13, XFontStyleEx.Bold);
    private readonly XFont body = new(DejaVuFontResolver.Family, 9.5, XFontStyleEx.Regular);
    private readonly XFont bodyBold = new(DejaVuFontResolver.Family, 9.5, XFontStyleEx.Bold);
    private readonly XFont small = new(DejaVuFontResolver.Family, 7.5, XFontStyleEx.Regular);

    public FlyerLayout(XGraphics gfx)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        this.gfx = gfx;
    }

    private const double ColumnGap = 16;

    private static double TextWidth => Width - (2 * Margin);

    /// <summary>Each QR code with its caption takes one of two columns.</summary>
    private static double ColumnWidth => (TextWidth - ColumnGap) / 2;

    public void Draw(FlyerContent content, FlyerRequest request)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(request);
        var y = DrawHeader(content);
        y = DrawAmounts(content, y + 14);
        foreach (var benefit in content.Benefits)
        {
            y = Wrap("• " + benefit, body, XBrushes.Black, Margin, y + 3, TextWidth);
        }

        y = DrawWarning(content.Warning, y + 10);
        var footerTop = Height - Margin - (Lines(content.Footer, small, TextWidth) * small.GetHeight());
        var qrCodes = new[] { (Link: request.DeepLink, Caption: content.BotCaption), (Link: request.SiteLink, Caption: content.SiteCaption) };
        var captionHeight = qrCodes.Max(q => CaptionHeight(q.Link, q.Caption));
        var qrTop = footerTop - 10 - captionHeight - 2 - QrSize;
        var agentTop = qrTop - 8 - (Lines(content.AgentLine, heading, TextWidth) * heading.GetHeight());
        if (y + 6 > agentTop)
        {
            throw new InvalidOperationException($"The flyer's text runs {y + 6 - agentTop:0} pt into the QR codes; shorten it.");
        }

        Wrap(content.AgentLine, heading, new XSolidBrush(Brand), Margin, agentTop, TextWidth);
        for (var i = 0; i < qrCodes.Length; i++)
        {
            DrawQr(qrCodes[i].Link, qrCodes[i].Caption, Margin + (i * (ColumnWidth + ColumnGap)), qrTop);
        }

        Wrap(content.Footer, small, XBrushes.DimGray, Margin, footerTop, TextWidth);
    }

    private double DrawHeader(FlyerContent content)
    {
        var subtitleHeight = Lines(content.Subtitle, body, TextWidth) * body.GetHeight();
        var bandHeight = Margin + title.GetHeight() + 6 + subtitleHeight + 16;
        gfx.DrawRectangle(new XSolidBrush(Brand), 0, 0, Width, bandHeight);
        var y = Wrap(content.Title, title, XBrushes.White, Margin, Margin - 6, TextWidth);
        Wrap(content.Subtitle, body, XBrushes.White, Margin, y + 6, TextWidth);
        return bandHeight;
    }

    private double DrawAmounts(FlyerContent content, double y)
    {
        y = Wrap(content.AmountsHeading, heading, XBrushes.Black, Margin, y, TextWidth);
        y = Wrap(content.AmountsNote, small, XBrushes.DimGray, Margin, y, TextWidth) + 5;
        foreach (var line in content.Amounts)
        {
            var amountWidth = gfx.MeasureString(line.Amount, amount).Width;
            var labelWidth = TextWidth - amountWidth - 10;
            gfx.DrawString(line.Amount, amount, new XSolidBrush(Brand), new XRect(Margin, y, TextWidth, amount.GetHeight()), XStringFormats.TopRight);
            var labelBottom = Wrap(line.Label, bodyBold, XBrushes.Black, Margin, y + 2, labelWidth);
            y = Math.Max(labelBottom, y + amount.GetHeight());
            if (line.Until.Length > 0)
            {
                y = Wrap(line.Until, body, XBrushes.Black, Margin, y, TextWidth);
            }

            y = Wrap(line.Note, small, XBrushes.DimGray, Margin, y, TextWidth) + 6;
        }

        return y;
    }

    private double DrawWarning(string warning, double y)
    {
        const double pad = 6;
        var height = (Lines(warning, bodyBold, TextWidth - (2 * pad)) * bodyBold.GetHeight()) + (2 * pad);
        gfx.DrawRectangle(new XSolidBrush(WarningBack), Margin, y, TextWidth, height);
        Wrap(warning, bodyBold, XBrushes.Black, Margin + pad, y + pad, TextWidth - (2 * pad));
        return y + height;
    }

    /// <summary>A QR code with its caption and the link written out for people who cannot scan.</summary>
    private void DrawQr(string link, string caption, double x, double y)
    {
        var modules = QrMatrix.For(link);
        var count = modules.GetLength(0);
        var module = QrSize / count;
        gfx.DrawRectangle(XBrushes.White, x, y, QrSize, QrSize);
        for (var row = 0; row < count; row++)
        {
            // One rectangle per run of dark modules keeps the PDF small and leaves no hairline gaps.
            var col = 0;
            while (col < count)
            {
                if (!modules[row, col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < count && modules[row, col])
                {
                    col++;
                }

                gfx.DrawRectangle(XBrushes.Black, x + (start * module), y + (row * module), (col - start) * module, module);
            }
        }

        var below = Wrap(caption, bodyBold, XBrushes.Black, x, y + QrSize + 2, ColumnWidth);
        Wrap(Printed(link), small, XBrushes.Black, x, below, ColumnWidth);
    }

    private double CaptionHeight(string link, string caption) =>
        (Lines(caption, bodyBold, ColumnWidth) * bodyBold.GetHeight()) + (Lines(Printed(link), small, ColumnWidth) * small.GetHeight());

    /// <summary>The link as people type it: without "https://".</summary>
    private static string Printed(string link) => link.Replace("https://", string.Empty, StringComparison.Ordinal);

    /// <summary>Draws <paramref name="text"/> wrapped to <paramref name="width"/> from <paramref name="top"/>; returns the y below it.</summary>
    private double Wrap(string text, XFont font, XBrush brush, double x, double top, double width)
    {
        var y = top;
        foreach (var line in Split(text, font, width))
        {
            gfx.DrawString(line, font, brush, new XRect(x, y, width, font.GetHeight()), XStringFormats.TopLeft);
            y += font.GetHeight();
        }

        return y;
    }

    private int Lines(string text, XFont font, double width) => Split(text, font, width).Count;

    /// <summary>Greedy word wrap; a single word wider than the line (a long link) is broken at '/', '?' or '=' when it can be.</summary>
    private List<string> Split(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font, width)))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        var rest = word;
        while (rest.Length > 2 && gfx.MeasureString(rest, font).Width > width)
        {
            var cut = rest.LastIndexOfAny(['/', '?', '='], rest.Length - 2);
            if (cut <= 0)
            {
                break;
            }

            while (cut > 0 && gfx.MeasureString(rest[..(cut + 1)], font).Width > width)
            {
                cut = rest.LastIndexOfAny(['/', '?', '='], cut - 1);
            }

            if (cut <= 0)
            {
                break;
            }

            yield return rest[..(cut + 1)];
            rest = rest[(cut + 1)..];
        }

        yield return rest;
    }
}
