using Microsoft.Playwright;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 6: on a 360×740 phone the first screen works. The search box and "Hitung iuran" are
/// on it without scrolling and the header takes at most 15% of its height, measured from the laid-out
/// page. The same run writes the screenshots the issue asks for to artifacts/screenshots/ (git-ignored).
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class PhoneScreenTests
{
    private const int Width = 360;
    private const int Height = 740;
    private static readonly DateTimeOffset December4 = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly SiteFixture fixture;

    public PhoneScreenTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("/", "/kalkulator/")]
    [InlineData("/en/", "/en/calculator/")]
    public async Task HomePage_OnA360x740Phone_ShowsSearchAndCalculatorWithoutScrolling(string path, string calculator)
    {
        var session = await fixture.BrowserAsync();

        var (page, _) = await session.OpenAsync(path, width: Width, height: Height);
        var search = await Box(page, "main #q");
        var button = await Box(page, $"main a.button[href='{calculator}']");
        await page.Context.CloseAsync();

        Assert.Equal((true, true), (search.Y >= 0 && search.Y + search.Height <= Height, button.Y >= 0 && button.Y + button.Height <= Height));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/iuran/iuran-bpu/")]
    [InlineData("/kalkulator/")]
    [InlineData("/en/calculator/")]
    [InlineData("/cari/")]
    public async Task Header_OnA360x740Phone_TakesAtMostFifteenPercentOfTheHeight(string path)
    {
        var session = await fixture.BrowserAsync();

        var (page, _) = await session.OpenAsync(path, width: Width, height: Height);
        var header = await Box(page, "header.top");
        await page.Context.CloseAsync();

        Assert.True(header.Y + header.Height <= Height * 0.15, $"{path}: the header ends at {header.Y + header.Height} px of {Height}");
    }

    /// <summary>The four screens of the closing note, at 360×740, for people to look at.</summary>
    [Fact]
    public async Task Screenshots_At360x740_AreWrittenToTheArtifactsFolder()
    {
        var session = await fixture.BrowserAsync();
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        (string Name, string Path, string? Ready)[] shots =
        [
            ("home", "/", null),
            ("answer", "/iuran/iuran-bpu/", null),
            ("calculator-deep-link", "/kalkulator/?penghasilan=3jt&sektor=transportasi", "#iuran-bayar"),
            ("search-iuran-ojol", "/cari/?q=iuran%20ojol", "#hasil li a"),
        ];

        foreach (var (name, path, ready) in shots)
        {
            var (page, _) = await session.OpenAsync(path, width: Width, height: Height, clock: December4);
            if (ready is not null)
            {
                await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
            await page.Context.CloseAsync();
        }

        var written = shots.Select(s => Path.Combine(folder, s.Name + ".png")).Where(f => File.Exists(f) && new FileInfo(f).Length > 5_000).Count();
        Assert.Equal(shots.Length, written);
    }

    private static async Task<LocatorBoundingBoxResult> Box(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not laid out");
}
