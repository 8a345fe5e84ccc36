using System.Runtime.Versioning;
using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>
/// `export --output` over a real database: a new file is owner-only, an existing one is kept unless
/// --force, and an I/O error is one sentence with exit code 1 (issue 14, point 6).
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class ExportVerbTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-export-tests", Guid.NewGuid().ToString("N"));

    public ExportVerbTests()
    {
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("Storage__ConnectionString", Path.Combine(folder, "bot.db"));
    }

    private string Output => Path.Combine(folder, "signups.csv");

    [Fact]
    public async Task Export_ToANewFile_WritesItReadableByTheOwnerOnly()
    {
        var (exit, _) = await ExportAsync("--output", Output);

        Assert.Equal((0, UnixFileMode.UserRead | UnixFileMode.UserWrite), (exit, File.GetUnixFileMode(Output)));
    }

    [Fact]
    public async Task Export_OntoAnExistingFile_RefusesAndKeepsIt()
    {
        await File.WriteAllTextAsync(Output, "keep me");

        var (exit, error) = await ExportAsync("--output", Output);

        Assert.Equal((2, "keep me", true), (exit, await File.ReadAllTextAsync(Output), error.Contains("--force", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Export_OntoAnExistingFileWithForce_ReplacesItOwnerOnly()
    {
        await File.WriteAllTextAsync(Output, "old");
        File.SetUnixFileMode(Output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (exit, _) = await ExportAsync("--output", Output, "--force");

        Assert.Equal((0, false, UnixFileMode.UserRead | UnixFileMode.UserWrite), (exit, (await File.ReadAllTextAsync(Output)).StartsWith("old", StringComparison.Ordinal), File.GetUnixFileMode(Output)));
    }

    [Fact]
    public async Task Export_IntoAFolderThatDoesNotExist_IsOneSentenceAndExitOne()
    {
        var (exit, error) = await ExportAsync("--output", Path.Combine(folder, "missing", "signups.csv"));

        Assert.Equal((1, false, 1), (exit, error.Contains("   at ", StringComparison.Ordinal), error.Trim().Split('\n').Length));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<(int Exit, string Error)> ExportAsync(params string[] options)
    {
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["export", .. options], new StringReader(string.Empty), new StringWriter(), error, TimeProvider.System);
        return (exit, error.ToString());
    }
}
