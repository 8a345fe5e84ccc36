using Jamsos.Outreach.Site.Cli;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The command line the README and netlify-build.sh use: "dotnet run --project site -- --output DIR".</summary>
public sealed class SiteCommandLineTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "jamsos-cli-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string content = Path.Combine(AppContext.BaseDirectory, "Fixtures", "site", "content");

    [Fact]
    public async Task Run_OutputAndBaseUrl_WritesTheSiteWithThatAddress()
    {
        using var stdout = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["--output", output, "--content", content, "--base-url", "https://faq.example/", "--today", "2026-11-21"], stdout, TextWriter.Null, TimeProvider.System);

        Assert.Equal((0, true), (exit, File.ReadAllText(Path.Combine(output, "index.html")).Contains("<link rel=\"canonical\" href=\"https://faq.example/\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_NoToday_UsesTheDateInJakarta()
    {
        using var stdout = new StringWriter();
        var clock = new TestClock(new DateTimeOffset(2026, 3, 31, 18, 0, 0, TimeSpan.Zero));

        await SiteCommandLine.RunAsync(["--output", output, "--content", content], stdout, TextWriter.Null, clock);

        Assert.Contains("for 2026-04-01", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutputFolderNotOurs_RefusesAndKeepsItsFiles()
    {
        Directory.CreateDirectory(output);
        var precious = Path.Combine(output, "precious.txt");
        await File.WriteAllTextAsync(precious, "keep me");

        var exit = await SiteCommandLine.RunAsync(["--output", output, "--content", content, "--today", "2026-11-21"], TextWriter.Null, TextWriter.Null, TimeProvider.System);

        Assert.Equal((1, true), (exit, File.Exists(precious)));
    }

    [Fact]
    public async Task Run_SecondBuild_RemovesFilesTheBuildNoLongerWrites()
    {
        await SiteCommandLine.RunAsync(["--output", output, "--content", content, "--today", "2026-11-21"], TextWriter.Null, TextWriter.Null, TimeProvider.System);
        var stale = Path.Combine(output, "old", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        await File.WriteAllTextAsync(stale, "from an older build");

        await SiteCommandLine.RunAsync(["--output", output, "--content", content, "--today", "2026-11-21"], TextWriter.Null, TextWriter.Null, TimeProvider.System);

        Assert.False(Directory.Exists(Path.GetDirectoryName(stale)));
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsWithUsage()
    {
        using var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["--outptu", output], TextWriter.Null, stderr, TimeProvider.System);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Run_RebuildOverALongerFile_LeavesNoTailOfTheOldFile()
    {
        await SiteCommandLine.RunAsync(["--output", output, "--content", content, "--today", "2026-11-21"], TextWriter.Null, TextWriter.Null, TimeProvider.System);
        var robots = Path.Combine(output, "robots.txt");
        var expected = await File.ReadAllTextAsync(robots);
        await File.WriteAllTextAsync(robots, expected + new string('x', 50_000));

        await SiteCommandLine.RunAsync(["--output", output, "--content", content, "--today", "2026-11-21"], TextWriter.Null, TextWriter.Null, TimeProvider.System);

        Assert.Equal(expected, await File.ReadAllTextAsync(robots));
    }

    [Theory]
    [InlineData("--base-url", "not a url")]
    [InlineData("--base-url", "ftp://faq.example/")]
    [InlineData("--telegram-bot", "@JamsosBot")]
    [InlineData("--discord-invite", "http://discord.gg/abc")]
    [InlineData("--today", "21-11-2026")]
    public async Task Run_InvalidSetting_ExitsWithTheSettingNamed(string option, string value)
    {
        using var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["--output", output, "--content", content, option, value], TextWriter.Null, stderr, TimeProvider.System);

        Assert.Equal((2, true, false), (exit, stderr.ToString().StartsWith("Invalid setting:", StringComparison.Ordinal), Directory.Exists(output)));
    }

    [Fact]
    public async Task Run_OptionWithoutValue_ExitsWithUsage()
    {
        using var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["--content", content, "--output"], TextWriter.Null, stderr, TimeProvider.System);

        Assert.Equal((2, true), (exit, stderr.ToString().Contains("--output needs a value", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_Help_ListsBothVerbsAndEverySwitch()
    {
        using var stdout = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["--help"], stdout, TextWriter.Null, TimeProvider.System);

        var missing = ((string[])["build", "bench", "--output", "--base-url", "--content", "--today", "--telegram-bot", "--discord-invite"])
            .Where(word => !stdout.ToString().Contains(word, StringComparison.Ordinal));
        Assert.Equal((0, string.Empty), (exit, string.Join(", ", missing)));
    }

    [Fact]
    public async Task Run_BuildVerbWithEqualsSwitch_WritesTheSite()
    {
        var exit = await SiteCommandLine.RunAsync(["build", "--output=" + output, "--content", content, "--today", "2026-11-21"], TextWriter.Null, TextWriter.Null, TimeProvider.System);

        Assert.Equal((0, true), (exit, File.Exists(Path.Combine(output, "index.html"))));
    }

    [Fact]
    public async Task Run_BenchWithBadRuns_ExitsWithTheSettingNamed()
    {
        using var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["bench", "--runs", "0"], TextWriter.Null, stderr, TimeProvider.System);

        Assert.Equal((2, true), (exit, stderr.ToString().StartsWith("Invalid setting: Runs", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
