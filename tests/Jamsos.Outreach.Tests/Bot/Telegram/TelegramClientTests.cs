using System.Net;
using System.Net.Sockets;
using System.Text;
using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>The thin client against the loopback fake: envelope, transport failures, request shape, client-side limits.</summary>
public sealed class TelegramClientTests : IAsyncLifetime, IDisposable
{
    private FakeBotApi api = null!;
    private TelegramClient client = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        client = new TelegramClient(TelegramClient.CreateHttpClient(), Options(api.BaseUrl), ownsHttp: true);
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    public void Dispose() => client?.Dispose();

    [Fact]
    public async Task GetMeAsync_Fixture_UnwrapsResultWith64BitId()
    {
        var me = await client.GetMeAsync();

        Assert.Equal((7000000001L, "acme_faq_bot", false), (me.Id, me.Username, me.CanReadAllGroupMessages));
    }

    [Fact]
    public async Task SendMessageAsync_AnyRequest_IsPostWithJsonContentType()
    {
        await client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" });

        var request = api.Calls("sendMessage").Single();
        Assert.Equal(("POST", "application/json"), (request.HttpMethod, request.ContentType?.Split(';')[0]));
    }

    [Fact]
    public async Task SendMessageAsync_UnsetOptionalFields_AreLeftOutAndNamesAreSnakeCase()
    {
        await client.SendMessageAsync(new SendMessageRequest { ChatId = 6012345678, Text = "hi", ParseMode = ParseMode.Html });

        Assert.Equal("{\"chat_id\":6012345678,\"text\":\"hi\",\"parse_mode\":\"HTML\"}", api.Calls("sendMessage").Single().Body);
    }

    [Fact]
    public async Task SendMessageAsync_NonAsciiText_IsSentAsRawUtf8()
    {
        await client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "Привет 🚚 – Mon–Fri \"q\"" });

        Assert.Contains("\"text\":\"Привет 🚚 – Mon–Fri \\\"q\\\"\"", api.Calls("sendMessage").Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessageAsync_SupergroupId_RoundTripsAs64Bit()
    {
        var sent = await client.SendMessageAsync(new SendMessageRequest { ChatId = -1001234567890, Text = "hi" });

        Assert.Equal((-1001234567890L, -1001234567890L), (api.Calls("sendMessage").Single()["chat_id"].GetInt64(), sent.Chat.Id));
    }

    [Fact]
    public async Task SendMessageAsync_OkFalseWithHttp200_ThrowsApiExceptionWithRetryAfter()
    {
        api.Script("sendMessage", FakeResponse.Json(200, TelegramFixtures.Read("error_429.json")));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((429, TimeSpan.FromSeconds(35)), (ex.ErrorCode, ex.RetryAfter));
    }

    [Fact]
    public async Task SendMessageAsync_400WithMigrateParameter_ExposesNewChatId()
    {
        api.Script("sendMessage", FakeResponse.Fixture("error_400_migrate.json"));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = -4123456789, Text = "hi" }));

        Assert.Equal((400, -1002223334445L, "Bad Request: group chat was upgraded to a supergroup chat"), (ex.ErrorCode, ex.MigrateToChatId!.Value, ex.Description));
    }

    [Fact]
    public async Task SendMessageAsync_HtmlBadGateway_IsTransientBadResponseNotAParseCrash()
    {
        api.Script("sendMessage", FakeResponse.BadGatewayHtml());

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.BadResponse, 502), (ex.Failure, ex.StatusCode!.Value));
    }

    [Fact]
    public async Task SendMessageAsync_MalformedJson_IsBadResponseWithRequestSent()
    {
        api.Script("sendMessage", FakeResponse.MalformedJson());

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.BadResponse, true), (ex.Failure, ex.RequestSent));
    }

    [Fact]
    public async Task SendMessageAsync_ServerNeverAnswers_IsTimeoutAfterTheRequestWasSent()
    {
        api.Script("sendMessage", FakeResponse.Hang());
        using var quick = new TelegramClient(TelegramClient.CreateHttpClient(), Options(api.BaseUrl, TimeSpan.FromMilliseconds(300)), ownsHttp: true);

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => quick.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.Timeout, true), (ex.Failure, ex.RequestSent));
    }

    [Fact]
    public async Task SendMessageAsync_ConnectionDroppedWithoutAnswer_IsConnectionFailureAfterSend()
    {
        api.Script("sendMessage", FakeResponse.Abort());

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.Connection, true), (ex.Failure, ex.RequestSent));
    }

    [Fact]
    public async Task SendMessageAsync_NothingListening_IsConnectionFailureBeforeSend()
    {
        using var dead = new TelegramClient(TelegramClient.CreateHttpClient(), Options("http://127.0.0.1:" + FreePort()), ownsHttp: true);

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => dead.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.Connection, false), (ex.Failure, ex.RequestSent));
    }

    [Fact]
    public async Task Failures_OfEveryKind_NeverMentionTheToken()
    {
        api.Script("sendMessage", FakeResponse.BadGatewayHtml(), FakeResponse.MalformedJson(), FakeResponse.Abort(), FakeResponse.Fixture("error_401.json"));
        var texts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            try
            {
                await client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" });
            }
            catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
            {
                texts.Add(ex.ToString());
            }
        }

        using var dead = new TelegramClient(TelegramClient.CreateHttpClient(), Options("http://127.0.0.1:" + FreePort()), ownsHttp: true);
        texts.Add((await Assert.ThrowsAsync<TelegramTransportException>(() => dead.GetMeAsync())).ToString());

        Assert.DoesNotContain(texts, t => t.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendMessageAsync_Http429WithRetryAfter_IsNotRetriedByTheLibrary()
    {
        api.Script("sendMessage", FakeResponse.TooManyRequests(1));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((429, TimeSpan.FromSeconds(1), 1), (ex.ErrorCode, ex.RetryAfter, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendMessageAsync_GatewayTimeout504_IsBadResponseAfterTheRequestWasSent()
    {
        api.Script("sendMessage", new FakeResponse(FakeResponseKind.Body, 504, "<html>504 Gateway Time-out</html>", "text/html"));

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.BadResponse, true, 504), (ex.Failure, ex.RequestSent, ex.StatusCode!.Value));
    }

    [Fact]
    public async Task SendMessageAsync_ErrorDescriptionEchoingTheUrl_HasTheTokenRedacted()
    {
        api.Script("sendMessage", FakeResponse.Error(400, "Bad Request: unknown endpoint " + EchoedUrl(api, "sendMessage")));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((false, true), (ex.ToString().Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal), ex.Description.Contains("/bot<token>/sendMessage", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendMessageAsync_ClientWithoutTheTrackingHandler_CountsATimeoutAsPossiblySent()
    {
        api.Script("sendMessage", FakeResponse.Hang());
        using var plain = new TelegramClient(new HttpClient(), Options(api.BaseUrl, TimeSpan.FromMilliseconds(300)), ownsHttp: true);

        var ex = await Assert.ThrowsAsync<TelegramTransportException>(() => plain.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi" }));

        Assert.Equal((TransportFailure.Timeout, true), (ex.Failure, ex.RequestSent));
    }

    [Fact]
    public async Task GetMeAsync_ParameterlessCall_IsPostWithAnEmptyJsonObject()
    {
        await client.GetMeAsync();

        var request = api.Calls("getMe").Single();
        Assert.Equal(("POST", "application/json", "{}"), (request.HttpMethod, request.ContentType?.Split(';')[0], request.Body));
    }

    [Fact]
    public async Task GetUpdatesAsync_UnhandledPollUpdate_ParsesWithUnknownFieldsIgnored()
    {
        api.Script("getUpdates", FakeResponse.Fixture("getupdates_unhandled_type.json"));

        var updates = await client.GetUpdatesAsync(new GetUpdatesRequest { Timeout = 0 });

        Assert.Equal((815000012, null, null), (updates.Single().Id, updates.Single().Message, updates.Single().CallbackQuery));
    }

    [Fact]
    public async Task GetUpdatesAsync_FixtureBatch_ParsesMessageAndCallback()
    {
        api.Script("getUpdates", FakeResponse.Fixture("getupdates_response.json"));

        var updates = await client.GetUpdatesAsync(new GetUpdatesRequest { Timeout = 0 });

        Assert.Equal(("/start src-flyer_2026", "v1|su|district|2"), (updates[0].Message!.Text, updates[1].CallbackQuery!.Data));
    }

    [Fact]
    public async Task GetWebhookInfoAsync_Fixture_ReadsBacklogAndLastError()
    {
        api.Script("getWebhookInfo", FakeResponse.Fixture("webhook_info.json"));

        var info = await client.GetWebhookInfoAsync();

        Assert.Equal((3, "Wrong response from the webhook: 502 Bad Gateway"), (info.PendingUpdateCount, info.LastErrorMessage));
    }

    [Fact]
    public async Task EditMessageTextAsync_NotModified_CountsAsSuccess()
    {
        api.Script("editMessageText", FakeResponse.Fixture("error_400_not_modified.json"));

        var edit = await Record.ExceptionAsync(() => client.EditMessageTextAsync(new EditMessageTextRequest { ChatId = 1, MessageId = 107, Text = "District: <b>Central</b> ✔", ParseMode = ParseMode.Html }));

        Assert.Null(edit);
    }

    [Fact]
    public async Task AnswerCallbackQueryAsync_QueryTooOld_ReturnsFalseWithoutThrowing()
    {
        api.Script("answerCallbackQuery", FakeResponse.Fixture("error_400_query_too_old.json"));

        var answered = await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest { CallbackQueryId = "x" });

        Assert.False(answered);
    }

    [Fact]
    public async Task AnswerCallbackQueryAsync_Request_MatchesFixtureShape()
    {
        await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest { CallbackQueryId = "2591763840017365421", Text = "District saved", ShowAlert = false, CacheTime = 0 });

        Assert.Equal(Compact(TelegramFixtures.Read("request_answer_callback_query.json")), api.Calls("answerCallbackQuery").Single().Body);
    }

    [Fact]
    public async Task DeleteWebhookAsync_Request_MatchesFixtureShape()
    {
        await client.DeleteWebhookAsync(dropPendingUpdates: false);

        Assert.Equal(Compact(TelegramFixtures.Read("request_delete_webhook.json")), api.Calls("deleteWebhook").Single().Body);
    }

    [Theory]
    [InlineData(22, true)]
    [InlineData(33, false)]
    public async Task SendMessageAsync_CyrillicCallbackData_IsCheckedInUtf8Bytes(int letters, bool accepted)
    {
        var markup = new InlineKeyboardMarkup([[new InlineKeyboardButton { Text = "x", CallbackData = new string('Ж', letters) }]]);

        var error = await Record.ExceptionAsync(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi", ReplyMarkup = markup }));

        Assert.Equal((accepted, accepted ? 1 : 0), (error is null, api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SendMessageAsync_ButtonWithTwoActions_IsRefusedBeforeSending()
    {
        var markup = new InlineKeyboardMarkup([[new InlineKeyboardButton { Text = "x", CallbackData = "v1:m:iuran", Url = "https://example.org" }]]);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "hi", ReplyMarkup = markup }));

        Assert.Empty(api.Calls("sendMessage"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<b></b>")]
    public async Task SendMessageAsync_EmptyText_IsNeverSent(string text)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = text, ParseMode = ParseMode.Html }));

        Assert.Empty(api.Calls("sendMessage"));
    }

    [Fact]
    public async Task SendMessageAsync_4097VisibleCharacters_IsRefusedClientSide()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = new string('a', 4097) }));

        Assert.Empty(api.Calls("sendMessage"));
    }

    [Fact]
    public async Task SetMyCommandsAsync_StartupLists_AreAllValidAndAccepted()
    {
        foreach (var request in TelegramCommands.Requests())
        {
            await client.SetMyCommandsAsync(request);
        }

        Assert.All(api.Calls("setMyCommands"), c => Assert.All(c["commands"].EnumerateArray(), cmd => Assert.Matches("^[a-z0-9_]{1,32}$", cmd.GetProperty("command").GetString())));
    }

    [Fact]
    public async Task SetMyCommandsAsync_StartupLists_CoverIndonesianAndEnglish()
    {
        foreach (var request in TelegramCommands.Requests())
        {
            await client.SetMyCommandsAsync(request);
        }

        var languages = api.Calls("setMyCommands").Select(c => c.Has("language_code") ? c["language_code"].GetString() : "(default)").Distinct().Order();
        Assert.Equal(["(default)", "en", "id"], languages);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("Start")]
    [InlineData("this_command_name_is_far_too_long_for_telegram")]
    public async Task SetMyCommandsAsync_InvalidName_IsRefusedBeforeSending(string name)
    {
        var request = new SetMyCommandsRequest { Commands = [new BotCommand { Command = name, Description = "x" }] };

        await Assert.ThrowsAsync<ArgumentException>(() => client.SetMyCommandsAsync(request));

        Assert.Empty(api.Calls("setMyCommands"));
    }

    [Fact]
    public async Task SendDocumentAsync_File_IsUploadedAsMultipart()
    {
        await client.SendDocumentAsync(1, "signups.csv", "text/csv", Encoding.UTF8.GetBytes("a,b\n"));

        Assert.StartsWith("multipart/form-data", api.Calls("sendDocument").Single().ContentType, StringComparison.Ordinal);
    }

    internal static TelegramOptions Options(string baseUrl, TimeSpan? timeout = null) => new()
    {
        Token = FakeBotApi.Token,
        ApiBaseUrl = baseUrl,
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(2),
        PollClientSlack = TimeSpan.FromSeconds(2),
    };

    /// <summary>What a server (or proxy) echoing the request URL would put in its answer.</summary>
    internal static string EchoedUrl(FakeBotApi fake, string method) => fake.BaseUrl + "/bot" + FakeBotApi.Token + "/" + method;

    private static string Compact(string json) => System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
