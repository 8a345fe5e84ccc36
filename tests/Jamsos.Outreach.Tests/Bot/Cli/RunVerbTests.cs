using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>
/// The README's first command: with no platform token, `run` is a chat in the terminal over the real
/// host (configuration, content, SQLite). Standard input is scripted; the database is a temp file.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class RunVerbTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-run-tests", Guid.NewGuid().ToString("N"));

    public RunVerbTests()
    {
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("Storage__ConnectionString", DatabasePath);
        Environment.SetEnvironmentVariable("Telegram__Token", null);
        Environment.SetEnvironmentVariable("Discord__Token", null);
    }

    private string DatabasePath => Path.Combine(folder, "bot.db");

    [Fact]
    public async Task RunAsync_NoTokensAndAScriptedSignUp_StoresItThroughTheTerminalChat()
    {
        var script = new StringReader("/daftar\nSiti\n0812 3456 7890\n1\n3\n2\n1\n1\n1\n");
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync([], script, output, new StringWriter(), TimeProvider.System);

        Assert.Equal((0, 1L), (exit, CountSignUps()));
    }

    [Fact]
    public async Task RunAsync_Question_PrintsAnswerWithNumberedChoices()
    {
        var output = new StringWriter();

        await CommandLine.RunAsync([], new StringReader("brp iuran bpjs tk buat ojol?\n"), output, new StringWriter(), TimeProvider.System);

        // A computed figure is its own first screen: "Selengkapnya" comes first, then the vote.
        Assert.Contains("[1] 📖 Selengkapnya", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[2] 👍 Membantu", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReminderInTheTerminal_SaysItCannotBeSentHereAndAsksNothing()
    {
        var output = new StringWriter();

        await CommandLine.RunAsync([], new StringReader("/pengingat\n"), output, new StringWriter(), TimeProvider.System);

        Assert.Equal((true, false), (
            output.ToString().Contains("Di sini saya belum bisa mengirim pengingat", StringComparison.Ordinal),
            output.ToString().Contains("Tulis angka 1 sampai 28", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_GarbageDatabaseFile_ExitsWithOneClearSentence()
    {
        await File.WriteAllTextAsync(DatabasePath, "this is not a database, just some text that is long enough to look like a header");
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([], new StringReader(string.Empty), new StringWriter(), error, TimeProvider.System);

        Assert.Equal((2, false), (exit, error.ToString().Contains("   at ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_RateLimitOfZero_ExitsWithInvalidConfiguration()
    {
        Environment.SetEnvironmentVariable("Bot__RateLimitPerMinute", "0");
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([], new StringReader(string.Empty), new StringWriter(), error, TimeProvider.System);

        Assert.Equal((2, true), (exit, error.ToString().Contains("Invalid configuration", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Bot__RateLimitPerMinute", null);
        Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle on a slow machine: the temp folder is cleaned up by the OS later.
        }
    }

    private long CountSignUps()
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM signups";
        return (long)command.ExecuteScalar()!;
    }
}
