using Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;
using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Bot.Storage;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>The broadcast verb through the command line, against the fake and a temp database.</summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class BroadcastTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase database = new();
    private FakeBotApi api = null!;
    private string textFile = string.Empty;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        textFile = Path.Combine(database.Folder, "news.txt");
        await File.WriteAllTextAsync(textFile, "Kabar: diskon iuran BPU berlaku sampai Desember 2026 <Info> & lainnya.");
        Environment.SetEnvironmentVariable("Telegram__Token", FakeBotApi.Token);
        Environment.SetEnvironmentVariable("Telegram__ApiBaseUrl", api.BaseUrl);
        Environment.SetEnvironmentVariable("Telegram__Limits__GlobalPerSecond", "200");
        Environment.SetEnvironmentVariable("Storage__ConnectionString", database.FilePath);
    }

    public async Task DisposeAsync()
    {
        foreach (var name in new[] { "Telegram__Token", "Telegram__ApiBaseUrl", "Telegram__Limits__GlobalPerSecond", "Storage__ConnectionString" })
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
    public async Task Broadcast_Subscribers_GetItOnceAndOthersNot()
    {
        await SeedAsync(3);
        await StoreAsync(StorageSamples.SignUp(phone: "+6281200000099", newsOptIn: false) with { ChatId = "99" });
        await StoreAsync(StorageSamples.SignUp(phone: "+6281200000098", channel: "terminal") with { ChatId = "local" });

        var exit = await RunAsync();

        Assert.Equal((0, "1,2,3"), (exit, string.Join(",", api.Calls("sendMessage").Select(c => c["chat_id"].GetInt64()).Order())));
    }

    [Fact]
    public async Task Broadcast_Text_IsEscapedHtml()
    {
        await SeedAsync(1);

        await RunAsync();

        Assert.Equal("Kabar: diskon iuran BPU berlaku sampai Desember 2026 &lt;Info&gt; &amp; lainnya.", api.Calls("sendMessage").Single()["text"].GetString());
    }

    [Fact]
    public async Task Broadcast_RunAgainWhenDone_SendsNothingMore()
    {
        await SeedAsync(3);
        await RunAsync();

        var exit = await RunAsync();

        Assert.Equal((0, 3), (exit, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task Broadcast_StoppedMidwayThenResumed_ReachesEveryoneExactlyOnce()
    {
        await SeedAsync(30);
        Environment.SetEnvironmentVariable("Telegram__Limits__GlobalPerSecond", "20");
        using var stop = new CancellationTokenSource();
        var stopper = Task.Run(async () =>
        {
            await api.WaitForAsync("sendMessage", 2);
            await stop.CancelAsync();
        });

        var first = await CommandLine.RunAsync(["broadcast", "--text-file", textFile], TextReader.Null, TextWriter.Null, TextWriter.Null, TimeProvider.System, stop.Token);
        await stopper;
        var afterFirst = api.Calls("sendMessage").Count;
        var second = await RunAsync();

        var perChat = api.Calls("sendMessage").GroupBy(c => c["chat_id"].GetInt64()).Select(g => g.Count()).ToList();
        Assert.Equal((3, 0, true, 30, true), (first, second, afterFirst < 30, perChat.Count, perChat.All(n => n == 1)));
    }

    [Fact]
    public async Task Broadcast_CrashWhileSending_NeverResendsThatRecipient()
    {
        await SeedAsync(5);
        var id = BroadcastRunner.IdOf((await File.ReadAllTextAsync(textFile)).Trim());
        await RunAsync(["--dry-run"]);

        // The state a crash leaves: the broadcast exists, recipient 3 was marked 'sending' and then the process died.
        await CreateAsync(id);
        database.Execute($"UPDATE broadcast_recipients SET status = 'sending' WHERE broadcast_id = '{id}' AND chat_id = '3';");
        var output = new StringWriter();

        await CommandLine.RunAsync(["broadcast", "--text-file", textFile], TextReader.Null, output, TextWriter.Null, TimeProvider.System);

        Assert.Equal((4, false, true), (api.Calls("sendMessage").Count, api.Calls("sendMessage").Any(c => c["chat_id"].GetInt64() == 3), output.ToString().Contains("1 unknown", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Broadcast_RecipientBlockedTheBot_IsRecordedAndSkippedNextTime()
    {
        await SeedAsync(2);
        api.Script("sendMessage", FakeResponse.Fixture("error_403_blocked.json"));
        await RunAsync();
        await File.WriteAllTextAsync(textFile, "Kabar kedua.");

        await RunAsync();

        Assert.Equal((3, "blocked"), (api.Calls("sendMessage").Count, database.Scalar("SELECT status FROM chat_status")));
    }

    [Fact]
    public async Task Broadcast_FloodControl_WaitsAndDeliversOnce()
    {
        await SeedAsync(1);
        api.Script("sendMessage", FakeResponse.TooManyRequests(1));

        var exit = await RunAsync();

        Assert.Equal((0, 2, 1L), (exit, api.Calls("sendMessage").Count, (long)database.Scalar("SELECT COUNT(*) FROM broadcast_recipients WHERE status = 'sent'")!));
    }

    [Fact]
    public async Task Broadcast_Progress_IsShownOnStandardError()
    {
        await SeedAsync(4);
        var error = new StringWriter();

        await CommandLine.RunAsync(["broadcast", "--text-file", textFile], TextReader.Null, TextWriter.Null, error, TimeProvider.System);

        Assert.Contains("[##############################] 4/4  sent 4", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broadcast_WithoutTextFile_ExitsTwo()
    {
        var exit = await CommandLine.RunAsync(["broadcast"], TextReader.Null, TextWriter.Null, TextWriter.Null, TimeProvider.System);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Broadcast_TokenRefused_ExitsOneAndSendsNothing()
    {
        await SeedAsync(2);
        api.Script("getMe", FakeResponse.Fixture("error_401.json"));

        var exit = await RunAsync();

        Assert.Equal((1, 0, 0L), (exit, api.Calls("sendMessage").Count, Count("SELECT COUNT(*) FROM broadcast_recipients")));
    }

    private async Task<int> RunAsync(params string[] extra) =>
        await CommandLine.RunAsync(["broadcast", "--text-file", textFile, .. extra], TextReader.Null, TextWriter.Null, TextWriter.Null, TimeProvider.System);

    private async Task SeedAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await StoreAsync(StorageSamples.SignUp(phone: $"+62812000000{i:D2}", userId: i.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { ChatId = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    private async Task StoreAsync(Jamsos.Outreach.Bot.Core.SignUps.SignUp signUp) =>
        await new SqliteSignUpStore(database.Database).UpsertAsync(signUp);

    private async Task CreateAsync(string id)
    {
        var store = new SqliteBroadcastStore(database.Database, TimeProvider.System);
        var text = (await File.ReadAllTextAsync(textFile)).Trim();
        await store.CreateAsync(id, "telegram", BroadcastRunner.Sha256(text), ["1", "2", "3", "4", "5"]);
    }

    private long Count(string sql) => (long)(database.Scalar(sql) ?? 0L);
}
