using Jamsos.Outreach.Bot.Staff.Flyer;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

/// <summary>
/// The flyer as a person gets it: printed (pdftoppm), scanned (zbarimg) and read (pdftotext). The
/// expected amounts are read from content/data, not typed here.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class FlyerRendererTests : IDisposable
{
    /// <summary>Inside both PP 50/2025 discount periods.</summary>
    private static readonly DateOnly DuringDiscount = new(2026, 12, 5);

    /// <summary>After both discount periods (transport ended March 2027).</summary>
    private static readonly DateOnly AfterDiscount = new(2027, 4, 10);

    private readonly KnowledgeFixture fixture;
    private readonly PdfTools tools = new();

    public FlyerRendererTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("A5")]
    [InlineData("A4")]
    public async Task Render_PrintedAndScanned_QrCodesDecodeToDeepLinkAndSite(string size)
    {
        var request = Request(Enum.Parse<FlyerSize>(size), DuringDiscount);
        var pdf = new FlyerRenderer(fixture.Knowledge).Render(request);

        var png = await tools.PngAsync(pdf, "flyer-" + size);
        var decoded = await tools.DecodeQrAsync(png);

        Assert.Equal(["https://jamsos-outreach.netlify.app", "https://t.me/JamsosOutreachBot?start=ref_K7M2QX"], decoded.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("A5")]
    [InlineData("A4")]
    public async Task Render_Size_IsOnePageOfThatPaper(string size)
    {
        var pdf = new FlyerRenderer(fixture.Knowledge).Render(Request(Enum.Parse<FlyerSize>(size), DuringDiscount));

        var info = await tools.InfoAsync(pdf, "info-" + size);

        Assert.True(info.Contains("Pages:           1", StringComparison.Ordinal) && info.Contains("(" + size + ")", StringComparison.Ordinal), info);
    }

    [Fact]
    public async Task Render_DuringDiscount_ShowsAgentNameAndDiscountedAmount()
    {
        var pdf = new FlyerRenderer(fixture.Knowledge).Render(Request(FlyerSize.A5, DuringDiscount));

        var text = await tools.TextAsync(pdf, "during");

        var discounted = fixture.Knowledge.Catalog.Text("iuran.minimum_discounted", Language.Id);
        var jkm = fixture.Knowledge.Catalog.Text("jkm.total", Language.Id);
        Assert.True(
            text.Contains("Siti Nurhaliza Ramadhani", StringComparison.Ordinal)
            && text.Contains(discounted + " per bulan", StringComparison.Ordinal)
            && text.Contains(jkm, StringComparison.Ordinal)
            && text.Contains("per 5 Desember 2026", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public async Task Render_AfterDiscount_ShowsNormalAmountAndThatTheDiscountEnded()
    {
        var pdf = new FlyerRenderer(fixture.Knowledge).Render(Request(FlyerSize.A5, AfterDiscount));

        var text = await tools.TextAsync(pdf, "after");

        var normal = fixture.Knowledge.Catalog.Text("iuran.minimum", Language.Id);
        var discounted = fixture.Knowledge.Catalog.Text("iuran.minimum_discounted", Language.Id);
        Assert.True(
            text.Contains("Siti Nurhaliza Ramadhani", StringComparison.Ordinal)
            && text.Contains(normal + " per bulan", StringComparison.Ordinal)
            && text.Contains("sudah berakhir", StringComparison.Ordinal)
            && !text.Contains(discounted, StringComparison.Ordinal),
            text);
    }

    /// <summary>Printed on the last day of the other sectors' discount, the sheet says what they pay after it.</summary>
    [Fact]
    public async Task Render_OnTheLastDayOfADiscount_SaysTheAmountAfterIt()
    {
        var pdf = new FlyerRenderer(fixture.Knowledge).Render(Request(FlyerSize.A5, new DateOnly(2026, 12, 31)));

        var text = await tools.TextAsync(pdf, "last-day");

        var normal = fixture.Knowledge.Catalog.Text("iuran.minimum", Language.Id);
        Assert.True(
            text.Contains("Sampai iuran Desember 2026; sesudahnya " + normal, StringComparison.Ordinal)
            && text.Contains("Sampai iuran Maret 2027; sesudahnya " + normal, StringComparison.Ordinal),
            text);
    }

    [Fact]
    public async Task Render_AnyDate_StatesTheDataCheckedDate()
    {
        var request = Request(FlyerSize.A5, DuringDiscount);
        var pdf = new FlyerRenderer(fixture.Knowledge).Render(request);

        var text = await tools.TextAsync(pdf, "checked");

        var checkedDate = fixture.Knowledge.Catalog.Get("diskon.rate").Checked;
        Assert.Contains("data diperiksa " + ValueFormatter.Date(checkedDate, Language.Id), text, StringComparison.Ordinal);
    }

    public void Dispose() => tools.Dispose();

    private static FlyerRequest Request(FlyerSize size, DateOnly date) =>
        new("Siti Nurhaliza Ramadhani", "K7M2QX", "@JamsosOutreachBot", "https://jamsos-outreach.netlify.app/", size, date);
}
