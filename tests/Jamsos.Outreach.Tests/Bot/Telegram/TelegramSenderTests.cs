using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Sending discipline against scripted faults: retries only when the message surely did not go out.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);
    private static readonly OutgoingMessage Hello = new("<b>Halo</b> &amp; selamat", "Halo & selamat");

    private readonly TestClock clock = TestClock.Virtual(Start);
    private readonly TempDatabase database = new();
    private readonly LogCapture logs = new();
    private FakeBotApi api = null!;
    private TelegramClient client = null!;
    private TelegramChats chats = null!;
    private TelegramSender sender = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        chats = new TelegramChats(new SqliteChatStatusStore(database.Database, clock), new InMemoryStores());
        (client, sender) = Create(api.BaseUrl, TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    /// <summary>A client and sender on <paramref name="baseUrl"/>; a short timeout only where a test waits for one.</summary>
    private (TelegramClient Client, TelegramSender Sender) Create(string baseUrl, TimeSpan timeout)
    {
        var options = TelegramClientTests.Options(baseUrl, timeout);
        options.RetryBaseDelay = TimeSpan.FromSeconds(1);
        var newClient = new TelegramClient(TelegramClient.CreateHttpClient(), options, ownsHttp: true);
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        return (newClient, new TelegramSender(newClient, new SendRateLimiter(options.Limits, clock), chats, options, clock, factory.CreateLogger<TelegramSender>(), new Random(7)));
    }

    public void Dispose()
    {
        client?.Dispose();
        SqliteConnection.ClearAllPools();
        database.Dispose();
    }

    [Fact]
    public async Task SendAsync_Html_GoesOutWithParseModeAndPreviewsOff()
    {
        await sender.SendAsync(1, false, Hello, CancellationToken.None);

        var request = api.Calls("sendMessage").Single();
        Assert.Equal(("HTML", true), (request["parse_mode"].GetString(), request["link_preview_options"].GetProperty("is_disabled").GetBoolean()));
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter5_RetriesAfterAtLeastFiveSeconds()
    {
        api.Script("sendMessage", FakeResponse.TooManyRequests(5));

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Sent, 2, true), (result.Outcome, api.Calls("sendMessage").Count, clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task SendAsync_BadGatewayPage_IsRetriedWithBackoff()
    {
        api.Script("sendMessage", FakeResponse.BadGatewayHtml(), FakeResponse.BadGatewayHtml());

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Sent, 3), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_BackoffBetweenRetries_GrowsWithJitter()
    {
        api.Script("sendMessage", FakeResponse.Error(500, "Internal Server Error"), FakeResponse.Error(500, "Internal Server Error"), FakeResponse.Error(500, "Internal Server Error"));

        await sender.SendAsync(1, false, Hello, CancellationToken.None);

        var waits = clock.Delays.Where(d => d >= TimeSpan.FromMilliseconds(400)).ToList();
        Assert.Equal(3, waits.Count);
        Assert.True(waits[0] <= TimeSpan.FromSeconds(1) && waits[2] >= TimeSpan.FromSeconds(2) && waits[2] <= TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task SendAsync_TimeoutAfterTheRequestWasSent_IsNeverResent()
    {
        api.Script("sendMessage", FakeResponse.Hang());
        var (quickClient, quick) = Create(api.BaseUrl, TimeSpan.FromMilliseconds(300));
        using var owned = quickClient;

        var result = await quick.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Unknown, 1), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedAfterTheRequest_IsNeverResent()
    {
        api.Script("sendMessage", FakeResponse.Abort());

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Unknown, 1), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_MalformedJsonOnSuccess_IsNeverResent()
    {
        api.Script("sendMessage", FakeResponse.MalformedJson());

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Unknown, 1), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_NothingListening_IsRetriedBecauseNothingWasSent()
    {
        var (deadClient, deadSender) = Create("http://127.0.0.1:9", TimeSpan.FromSeconds(2));
        using var owned = deadClient;

        var result = await deadSender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Failed, new TelegramOptions().MaxSendAttempts - 1), (result.Outcome, clock.Delays.Count(d => d >= TimeSpan.FromMilliseconds(400))));
    }

    [Fact]
    public async Task SendAsync_CannotParseEntities_ResendsOnceAsPlainText()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_400_parse_entities.json"));

        await sender.SendAsync(1, false, Hello, CancellationToken.None);

        var retry = api.Calls("sendMessage")[1];
        Assert.Equal((2, false, "Halo & selamat"), (api.Calls("sendMessage").Count, retry.Has("parse_mode"), retry["text"].GetString()));
    }

    [Fact]
    public async Task SendAsync_CannotParseEntitiesTwice_GivesUpAfterTheOneFallback()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_400_parse_entities.json"), FakeResponse.Fixture("error_400_parse_entities.json"));

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Failed, 2), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_GroupMigrated_RetriesOnceToTheNewId()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_400_migrate.json"));

        var result = await sender.SendAsync(-4123456789, true, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Sent, -1002223334445L, -1002223334445L), (result.Outcome, result.ChatId, api.Calls("sendMessage")[1]["chat_id"].GetInt64()));
    }

    [Fact]
    public async Task SendAsync_GroupMigrated_IsRememberedForLaterSends()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_400_migrate.json"));
        await sender.SendAsync(-4123456789, true, Hello, CancellationToken.None);
        var restarted = new TelegramChats(new SqliteChatStatusStore(database.Database, clock), new InMemoryStores());

        await restarted.LoadAsync();

        Assert.Equal(-1002223334445L, restarted.Resolve(-4123456789));
    }

    [Fact]
    public async Task SendAsync_Blocked_MarksTheChatInactiveWithoutRetry()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_403_blocked.json"));

        var result = await sender.SendAsync(6012345678, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Blocked, 1, "blocked"), (result.Outcome, api.Calls("sendMessage").Count, database.Scalar("SELECT status FROM chat_status WHERE chat_id = '6012345678'")));
    }

    [Fact]
    public async Task SendAsync_ToABlockedChat_SendsNothing()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_403_blocked.json"));
        await sender.SendAsync(6012345678, false, Hello, CancellationToken.None);

        var result = await sender.SendAsync(6012345678, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Blocked, 1), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_ChatNotFound_FailsWithoutRetry()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_400_chat_not_found.json"));

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Failed, 1), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_RefusalEchoingTheUrl_NeverLogsTheToken()
    {
        api.Script("sendMessage", FakeResponse.Error(400, "Bad Request: unknown endpoint " + TelegramClientTests.EchoedUrl(api, "sendMessage")));

        await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((false, true), (logs.AllText.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal), logs.AllText.Contains("<token>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendAsync_GatewayTimeout504_IsUnknownAndNeverResent()
    {
        api.Script("sendMessage", new FakeResponse(FakeResponseKind.Body, 504, "<html>504 Gateway Time-out</html>", "text/html"));

        var result = await sender.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.Equal((SendOutcome.Unknown, 1), (result.Outcome, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendAsync_Failures_NeverLogTheToken()
    {
        api.Script("sendMessage", FakeResponse.Hang(), FakeResponse.BadGatewayHtml(), FakeResponse.Fixture("error_401.json"));
        var (quickClient, quick) = Create(api.BaseUrl, TimeSpan.FromMilliseconds(300));
        using var owned = quickClient;

        await quick.SendAsync(1, false, Hello, CancellationToken.None);
        await quick.SendAsync(1, false, Hello, CancellationToken.None);

        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], logs.AllText, StringComparison.Ordinal);
    }
}
