using Jamsos.Outreach.Knowledge.Content;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// Writes an agent's one-page flyer as PDF: the amounts in force on the print date (from content/data),
/// a QR code for the bot's deep link with the agent's referral and one for the site, and the agent's name.
/// Pure apart from reading the DejaVu font files: the same request and content give the same page.
/// </summary>
internal sealed class FlyerRenderer
{
    private readonly FlyerContentBuilder content;

    public FlyerRenderer(KnowledgeBase knowledge)
    {
        content = new FlyerContentBuilder(knowledge);
    }

    public byte[] Render(FlyerRequest request)
    {
        using var stream = new MemoryStream();
        Render(request, stream);
        return stream.ToArray();
    }

    public void Render(FlyerRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        request.Validate();
        DejaVuFontResolver.Install();
        var text = content.Build(request);

        using var document = new PdfDocument();
        document.Info.Title = "BPJS Ketenagakerjaan untuk pekerja mandiri";
        document.Info.Subject = "Brosur agen Perisai, kode " + request.ReferralCode;
        document.Info.Creator = "Jamsos.Outreach";
        // The print date, not the clock: the flyer states amounts "per" that day.
        document.Info.CreationDate = request.PrintDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var page = document.AddPage();
        page.Size = request.Size == FlyerSize.A4 ? PageSize.A4 : PageSize.A5;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            // A4 and A5 have the same proportions: draw A5 and scale.
            gfx.ScaleTransform(page.Width.Point / FlyerLayout.Width);
            new FlyerLayout(gfx).Draw(text, request);
        }

        document.Save(output, closeStream: false);
    }
}
