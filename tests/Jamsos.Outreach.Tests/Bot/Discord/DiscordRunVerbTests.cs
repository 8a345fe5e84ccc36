using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>
/// The README's first command with Discord__Token and Discord__ApplicationId set: the real host serves
/// Discord, pointed at the loopback fake by Discord__ApiBaseUrl alone.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class DiscordRunVerbTests : IDisposable
{
    private static readonly string[] Variables =
        ["Storage__ConnectionString", "Discord__Token", "Discord__ApplicationId", "Discord__ApiBaseUrl", "Discord__StateFolder", "Telegram__Token", "Discord__PublicKey"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-discord-run-tests", Guid.NewGuid().ToString("N"));

    public DiscordRunVerbTests()
    {
        Directory.CreateDirectory(folder);
    }

    [Fact]
    public async Task Run_WithDiscordSettings_RegistersCommandsIdentifiesAndStopsWithExitCode3OnABadToken()
    {
        await using var fake = new FakeDiscordServer(TestClock.Scaled(1));
        Set(fake.ApiBaseUrl, applicationId: DiscordHarness.ApplicationId);
        var error = new StringWriter();

        var run = CommandLine.RunAsync([], new StringReader(string.Empty), new StringWriter(), error, TimeProvider.System);
        var connection = await fake.NextConnectionAsync(TimeSpan.FromSeconds(30));
        await connection.SendHelloAsync(41250);
        var identify = await connection.ExpectAsync(2);
        await connection.CloseAsync(4004);
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(
            exit == 3 && identify.D.GetProperty("token").GetString() == DiscordHarness.Token && error.ToString().Contains("(4004)", StringComparison.Ordinal)
            && fake.RequestsTo("PUT", "/applications/1434829455360131073/commands").Count() == 1,
            $"exit {exit}: {error}");
    }

    [Fact]
    public async Task Run_TokenWithoutApplicationId_ExitsWithOneSentenceNamingTheSetting()
    {
        Set("http://127.0.0.1:9/api/v10", applicationId: null);
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([], new StringReader(string.Empty), new StringWriter(), error, TimeProvider.System);

        Assert.True(exit == 2 && error.ToString().Contains("Discord:ApplicationId", StringComparison.Ordinal) && !error.ToString().Contains("   at ", StringComparison.Ordinal), error.ToString());
    }

    [Fact]
    public async Task Run_PublicKeyNotHexWithoutToken_ExitsWithTheOneSentenceAboutThePublicKey()
    {
        Set("http://127.0.0.1:9/api/v10", applicationId: DiscordHarness.ApplicationId);
        Environment.SetEnvironmentVariable("Discord__Token", null);
        Environment.SetEnvironmentVariable("Discord__PublicKey", "not-a-key");
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([], new StringReader(string.Empty), new StringWriter(), error, TimeProvider.System);

        Assert.True(exit == 2 && error.ToString().Contains("Discord:PublicKey must be the application's public key: 64 hexadecimal characters", StringComparison.Ordinal), error.ToString());
    }

    public void Dispose()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

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

    private void Set(string apiBaseUrl, string? applicationId)
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", Path.Combine(folder, "bot.db"));
        Environment.SetEnvironmentVariable("Discord__Token", DiscordHarness.Token);
        Environment.SetEnvironmentVariable("Discord__ApplicationId", applicationId);
        Environment.SetEnvironmentVariable("Discord__ApiBaseUrl", apiBaseUrl);
        Environment.SetEnvironmentVariable("Discord__StateFolder", folder);
        Environment.SetEnvironmentVariable("Telegram__Token", null);
    }
}
