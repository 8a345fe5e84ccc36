using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>The README's first command with Telegram__Token (and Telegram__ApiBaseUrl at the fake) serves Telegram.</summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class TelegramRunVerbTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase database = new();
    private FakeBotApi api = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        Environment.SetEnvironmentVariable("Telegram__Token", FakeBotApi.Token);
        Environment.SetEnvironmentVariable("Telegram__ApiBaseUrl", api.BaseUrl);
        Environment.SetEnvironmentVariable("Telegram__PollTimeoutSeconds", "1");
        Environment.SetEnvironmentVariable("Storage__ConnectionString", database.FilePath);
    }

    public async Task DisposeAsync()
    {
        foreach (var name in new[] { "Telegram__Token", "Telegram__ApiBaseUrl", "Telegram__PollTimeoutSeconds", "Storage__ConnectionString" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        await api.DisposeAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        database.Dispose();
    }

    [Fact]
    public async Task RunAsync_TelegramToken_AnswersTelegramAndRegistersTheCommands()
    {
        api.EnqueueUpdates(FakeBotApi.TextUpdate(1, "/start"));
        var input = new ClosingReader(api.WaitForAsync("sendMessage", 1, TimeSpan.FromSeconds(20)));

        var exit = await CommandLine.RunAsync(["--terminal"], input, new StringWriter(), new StringWriter(), TimeProvider.System);

        Assert.Equal((0, 6012345678L, 6), (exit, api.Calls("sendMessage")[0]["chat_id"].GetInt64(), api.Calls("setMyCommands").Count));
    }

    [Fact]
    public async Task RunAsync_TokenRefused_ExitsThreeWithTheReason()
    {
        api.Script("getMe", FakeResponse.Fixture("error_401.json"));
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([], TextReader.Null, new StringWriter(), error, TimeProvider.System);

        Assert.Equal((3, true), (exit, error.ToString().Contains("401", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_MalformedToken_IsAConfigurationErrorThatDoesNotEchoIt()
    {
        Environment.SetEnvironmentVariable("Telegram__Token", "not a token");
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync([], TextReader.Null, new StringWriter(), error, TimeProvider.System);

        Assert.Equal((2, false), (exit, error.ToString().Contains("not a token", StringComparison.Ordinal)));
    }

    /// <summary>Terminal input that ends (so the app stops) once Telegram has been answered.</summary>
    private sealed class ClosingReader(Task done) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            await done.WaitAsync(cancellationToken);
            return null;
        }
    }
}
