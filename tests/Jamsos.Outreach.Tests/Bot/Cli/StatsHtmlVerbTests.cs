using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Tests.Bot.Storage;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>`stats --html` over a seeded database (issue 16, point 3): one self-contained page, owner-only, never over a file without --force.</summary>
[Collection(EnvironmentCollectionDefinition.Name)]
[UnsupportedOSPlatform("windows")]
public sealed partial class StatsHtmlVerbTests : IDisposable
{
    /// <summary>Every chart of the page by its id and title.</summary>
    public static readonly TheoryData<string, string> Charts = new()
    {
        { "chart-per-day", "Pendaftaran per hari" },
        { "chart-region", "Pendaftaran per wilayah" },
        { "chart-occupation", "Pendaftaran per pekerjaan" },
        { "chart-agent", "Pendaftaran per agen" },
        { "chart-reminders", "Pengingat iuran" },
        { "chart-feedback", "Penilaian jawaban" },
        { "chart-unanswered", "Pertanyaan tak terjawab per topik" },
    };

    private readonly StaffDatabase database = new();

    private string Output => database.PathOf("report.html");

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task StatsHtml_SeededDatabase_HasTheChartLabelledByItsTitle(string id, string title)
    {
        await SeedAsync();

        await database.RunAsync("stats", "--html", Output);

        var page = await File.ReadAllTextAsync(Output);
        Assert.Matches($"<svg [^>]*aria-labelledby=\"{id}-title\"[^>]*><title id=\"{id}-title\">{Regex.Escape(title)}</title>", page);
    }

    [Fact]
    public async Task StatsHtml_SeededDatabase_RequestsNothingFromOutside()
    {
        await SeedAsync();

        await database.RunAsync("stats", "--html", Output);

        var page = await File.ReadAllTextAsync(Output);
        Assert.Equal((0, false, false), (ExternalReference().Count(page), page.Contains("<script", StringComparison.OrdinalIgnoreCase), page.Contains("<link", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task StatsHtml_SeededDatabase_CountsFromTheStoresWithTheAgentsName()
    {
        await SeedAsync();

        await database.RunAsync("stats", "--html", Output);

        var page = await File.ReadAllTextAsync(Output);
        Assert.Equal((true, true, true), (
            page.Contains("<td>K7M2QX (Siti Nurhaliza)</td><td class=\"n\">2</td>", StringComparison.Ordinal),
            page.Contains("<td>posko-bandung</td><td class=\"n\">1</td>", StringComparison.Ordinal),
            page.Contains("<td>claim</td><td class=\"n\">1</td>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StatsHtml_Reminders_ShowsActiveRemindersAndLapseWarningsFromTheStore()
    {
        await SeedAsync();
        await database.AddReminderAsync(AgentVerbTests.Reminder("70", "K7M2QX", lapseWarnings: 2));
        await database.AddReminderAsync(AgentVerbTests.Reminder("71", null, lapseWarnings: 1));

        await database.RunAsync("stats", "--html", Output);

        var page = await File.ReadAllTextAsync(Output);
        Assert.Equal((true, true), (page.Contains("<dt>Pengingat aktif</dt><dd>2</dd>", StringComparison.Ordinal), page.Contains("Peringatan menunggak", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StatsHtml_NewFile_IsReadableByTheOwnerOnlyAndSaidSo()
    {
        await SeedAsync();

        var (exit, output, _) = await database.RunAsync("stats", "--html", Output);

        Assert.Equal((0, UnixFileMode.UserRead | UnixFileMode.UserWrite, true), (exit, File.GetUnixFileMode(Output), output.Contains(Output, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StatsHtml_OntoAnExistingFile_RefusesAndKeepsIt()
    {
        await File.WriteAllTextAsync(Output, "keep me");

        var (exit, _, error) = await database.RunAsync("stats", "--html", Output);

        Assert.Equal((2, "keep me", true), (exit, await File.ReadAllTextAsync(Output), error.Contains("--force", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StatsHtml_OntoAnExistingFileWithForce_ReplacesIt()
    {
        await File.WriteAllTextAsync(Output, "old");

        var (exit, _, _) = await database.RunAsync("stats", "--html", Output, "--force");

        Assert.Equal((0, true), (exit, (await File.ReadAllTextAsync(Output)).StartsWith("<!DOCTYPE html>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stats_WithoutHtml_StillPrintsTheTextReport()
    {
        await SeedAsync();

        var (exit, output, _) = await database.RunAsync("stats");

        Assert.Equal((0, true), (exit, output.StartsWith("Sign-ups: 3", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stats_WithoutHtml_ShowsActiveRemindersAndLapseWarningsFromTheStore()
    {
        await SeedAsync();
        await database.AddReminderAsync(AgentVerbTests.Reminder("70", "K7M2QX", lapseWarnings: 2));
        await database.AddReminderAsync(AgentVerbTests.Reminder("71", null, lapseWarnings: 1));

        var (exit, output, _) = await database.RunAsync("stats");

        Assert.Equal((0, true), (exit, output.Contains("Payment reminders: 2 active, 3 lapse warning(s) sent", StringComparison.Ordinal)));
    }

    public void Dispose() => database.Dispose();

    /// <summary>Seeds a small realistic week: three sign-ups (two through an agent), two votes, one unanswered question.</summary>
    internal static async Task SeedAsync(StaffDatabase database)
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000001", region: "Kota Serang") with { Referrer = "K7M2QX" });
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000002", at: StorageSamples.Monday.AddDays(2)) with { Referrer = "k7m2qx", Occupation = "Pedagang" });
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000003", at: StorageSamples.Monday.AddDays(3)));
        await database.AddFeedbackAsync(new Feedback("iuran-bpu", "contribution_amount", true, "telegram", "id", StorageSamples.Monday));
        await database.AddFeedbackAsync(new Feedback("daftar", "registration", false, "telegram", "id", StorageSamples.Monday));
        await database.AddUnansweredAsync(new UnansweredQuestion("bisa klaim buat kucing?", "claim", 0.1, "id", "telegram", StorageSamples.Monday, "K7M2QX"));
    }

    private Task SeedAsync() => SeedAsync(database);

    /// <summary>An address the browser would fetch: src, href, url(…) or @import to http(s) or a protocol-relative host.</summary>
    [GeneratedRegex("""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)|url\(\s*["']?\s*(?:https?:)?//|@import""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
