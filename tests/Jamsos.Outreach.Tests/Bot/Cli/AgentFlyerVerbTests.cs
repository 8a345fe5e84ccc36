using System.Runtime.Versioning;
using Jamsos.Outreach.Tests.Bot.Staff;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>
/// `agent flyer` over a real database (issue 16, point 2): the PDF the verb writes is printed (pdftoppm)
/// and scanned (zbarimg) like the renderer's own tests, and it is written like an export: owner-only,
/// never over an existing file without --force.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class AgentFlyerVerbTests : IDisposable
{
    private readonly StaffDatabase database = new();
    private readonly PdfTools tools = new();

    private string Output => database.PathOf("flyer.pdf");

    [Fact]
    public async Task AgentFlyer_ThroughTheVerb_QrCodesDecodeToTheAgentsDeepLinkAndTheSite()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        var (exit, _, error) = await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "@JamsosOutreachBot");

        Assert.True(exit == 0, error);
        var decoded = await tools.DecodeQrAsync(await tools.PngAsync(await File.ReadAllBytesAsync(Output), "verb"));
        Assert.Equal(["https://jamsos-outreach.netlify.app", "https://t.me/JamsosOutreachBot?start=ref_K7M2QX"], decoded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AgentFlyer_CodeInLowerCaseAndBotFromConfiguration_LinksTheStoredCode()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        Environment.SetEnvironmentVariable("Telegram__BotUsername", "JamsosBot");

        var (_, output, _) = await database.RunAsync("agent", "flyer", "--code", "k7m2qx", "--output", Output, "--size", "A4");

        Assert.Contains("https://t.me/JamsosBot?start=ref_K7M2QX", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentFlyer_A4_IsOnePageOfA4()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "JamsosBot", "--size", "A4");

        Assert.Contains("(A4)", await tools.InfoAsync(await File.ReadAllBytesAsync(Output), "a4"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentFlyer_NewFile_IsReadableByTheOwnerOnly()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "JamsosBot");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Output));
    }

    [Fact]
    public async Task AgentFlyer_UnknownCode_IsOneSentenceWithExitTwoAndNoFile()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        var (exit, _, error) = await database.RunAsync("agent", "flyer", "--code", "ZZZZZZ", "--output", Output, "--bot", "JamsosBot");

        Assert.Equal((2, 1, false), (exit, error.Trim().Split('\n').Length, File.Exists(Output)));
    }

    [Fact]
    public async Task AgentFlyer_NoBotUsername_SaysHowToGiveItWithExitTwo()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        var (exit, _, error) = await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output);

        Assert.Equal((2, true, false), (exit, error.Contains("--bot", StringComparison.Ordinal), File.Exists(Output)));
    }

    [Fact]
    public async Task AgentFlyer_OntoAnExistingFile_RefusesAndKeepsIt()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await File.WriteAllTextAsync(Output, "keep me");

        var (exit, _, error) = await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "JamsosBot");

        Assert.Equal((2, "keep me", true), (exit, await File.ReadAllTextAsync(Output), error.Contains("--force", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AgentFlyer_OntoAnExistingFileWithForce_ReplacesItWithThePdf()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await File.WriteAllTextAsync(Output, "old");

        var (exit, _, _) = await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "JamsosBot", "--force");

        Assert.Equal((0, true), (exit, (await File.ReadAllTextAsync(Output)).StartsWith("%PDF-", StringComparison.Ordinal)));
    }

    /// <summary>A flyer printed on 31 December 2026 is handed out for weeks: staff are told the discount for other sectors ends that day.</summary>
    [Fact]
    public async Task AgentFlyer_DiscountEndingWithinThirtyDays_WarnsOnStandardErrorAndStillWritesTheFlyer()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        var (exit, _, error) = await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "JamsosBot", "--date", "2026-12-31");

        var lines = error.Trim().Split('\n');
        Assert.True(
            exit == 0 && File.Exists(Output) && lines.Length == 1
            && lines[0].StartsWith("Warning: ", StringComparison.Ordinal)
            && lines[0].Contains("sectors other than transport", StringComparison.Ordinal)
            && lines[0].Contains("31 December 2026", StringComparison.Ordinal),
            error);
    }

    [Fact]
    public async Task AgentFlyer_NoDiscountEndingWithinThirtyDays_WritesNothingToStandardError()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");

        var (exit, _, error) = await database.RunAsync("agent", "flyer", "--code", "K7M2QX", "--output", Output, "--bot", "JamsosBot", "--date", "2027-01-15");

        Assert.Equal((0, string.Empty), (exit, error));
    }

    public void Dispose()
    {
        tools.Dispose();
        database.Dispose();
    }
}
