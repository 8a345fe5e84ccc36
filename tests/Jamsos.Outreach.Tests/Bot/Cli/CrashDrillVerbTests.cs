using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>The crash-drill verb in-process, without the kill (CrashDrillTests does the kill).</summary>
public sealed class CrashDrillVerbTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public async Task RunAsync_CompleteRun_ConfirmsEveryWriteOfBothRounds()
    {
        using var output = new StringWriter();

        await CrashDrillVerb.RunAsync(temp.FilePath, 5, output);

        Assert.Equal(10, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("CONFIRMED +62812", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_CompleteRun_StoresOneRowPerPhone()
    {
        using var output = new StringWriter();

        await CrashDrillVerb.RunAsync(temp.FilePath, 5, output);

        Assert.Equal(5L, temp.Scalar("SELECT COUNT(*) FROM signups;"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--db")]
    [InlineData("--db x.db")]
    [InlineData("--db x.db --count 0")]
    [InlineData("--db x.db --count lots")]
    [InlineData("--db x.db --count 5 --bogus")]
    public async Task RunAsync_BadArguments_ExitsTwo(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CrashDrillVerb.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), output, error);

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task RunAsync_GarbageDatabaseFile_PrintsTheStorageMessage()
    {
        await File.WriteAllTextAsync(temp.FilePath, string.Concat(Enumerable.Repeat("this is not a database. ", 200)));
        using var output = new StringWriter();
        using var error = new StringWriter();

        await CrashDrillVerb.RunAsync(["--db", temp.FilePath, "--count", "3"], output, error);

        Assert.Contains("is not a valid SQLite database", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
