using System.Globalization;
using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Bot.Storage.Postgres;
using Jamsos.Outreach.Tests.Bot.Storage;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>
/// Two runs of the broadcast verb (two hosts, two lease holders) on one PostgreSQL database and one fake
/// Bot API: the broadcast's lease lets only one of them send, and the other says why it did not.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class BroadcastLeaseTests : IAsyncLifetime
{
    private static readonly string[] Variables =
    [
        "Telegram__Token", "Telegram__ApiBaseUrl", "Telegram__Limits__GlobalPerSecond", "Telegram__BroadcastLease", "Storage__Provider", "Storage__ConnectionString",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-outreach-tests", "lease-" + Guid.NewGuid().ToString("N"));
    private TempPostgresDatabase database = null!;
    private FakeBotApi api = null!;
    private string textFile = string.Empty;

    public async Task InitializeAsync()
    {
        database = await TempPostgresDatabase.CreateAsync();
        api = await FakeBotApi.StartAsync();
        Directory.CreateDirectory(folder);
        textFile = Path.Combine(folder, "news.txt");
        await File.WriteAllTextAsync(textFile, "Kabar: diskon iuran BPU berlaku sampai Desember 2026.");
        Environment.SetEnvironmentVariable("Telegram__Token", FakeBotApi.Token);
        Environment.SetEnvironmentVariable("Telegram__ApiBaseUrl", api.BaseUrl);
        Environment.SetEnvironmentVariable("Telegram__Limits__GlobalPerSecond", "20");
        Environment.SetEnvironmentVariable("Storage__Provider", "Postgres");
        Environment.SetEnvironmentVariable("Storage__ConnectionString", database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        foreach (var name in Variables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        await api.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Broadcast_TwoRunsAtOnce_EveryRecipientGetsItExactlyOnce()
    {
        await SeedAsync(40);

        await Task.WhenAll(Task.Run(() => RunAsync(TextWriter.Null)), Task.Run(() => RunAsync(TextWriter.Null)));

        var perChat = api.Calls("sendMessage").GroupBy(c => c["chat_id"].GetInt64()).Select(g => g.Count()).ToList();
        Assert.Equal((40, true), (perChat.Count, perChat.All(n => n == 1)));
    }

    [Fact]
    public async Task Broadcast_WhileAnotherRunSendsLongerThanItsLease_IsRefusedWithOneSentence()
    {
        // A 2 s lease, renewed every 0.7 s, on a broadcast that takes about 6 s: without renewal the
        // second run would find it expired and send too.
        Environment.SetEnvironmentVariable("Telegram__BroadcastLease", "00:00:02");
        await SeedAsync(120);
        var first = Task.Run(() => RunAsync(TextWriter.Null));
        await api.WaitForAsync("sendMessage", 3, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2.4));
        var error = new StringWriter();

        var second = await RunAsync(error);
        var firstExit = await first;

        var perChat = api.Calls("sendMessage").GroupBy(c => c["chat_id"].GetInt64()).Select(g => g.Count()).ToList();
        Assert.Equal(
            (0, 1, 120, true, true),
            (firstExit, second, perChat.Count, perChat.All(n => n == 1), error.ToString().Contains("is already being sent by another instance or run, so this one sent nothing", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Broadcast_Finished_GivesTheLeaseBack()
    {
        await SeedAsync(2);

        await RunAsync(TextWriter.Null);

        Assert.Equal((1L, DBNull.Value), ((long)(await database.ScalarAsync("SELECT COUNT(*) FROM broadcasts;"))!, await database.ScalarAsync("SELECT lease_holder FROM broadcasts;")));
    }

    private Task<int> RunAsync(TextWriter error) =>
        CommandLine.RunAsync(["broadcast", "--text-file", textFile], TextReader.Null, TextWriter.Null, error, TimeProvider.System);

    private async Task SeedAsync(int count)
    {
        var db = database.Open();
        await db.CheckAsync();
        var store = new PostgresSignUpStore(db);
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            await store.UpsertAsync(StorageSamples.SignUp(phone: $"+62812000{i:D5}", userId: n) with { ChatId = n });
        }
    }
}
