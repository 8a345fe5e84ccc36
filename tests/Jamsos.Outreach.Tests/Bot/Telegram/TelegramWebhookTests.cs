using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Telegram.Webhook;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Webhook mode: the fake plays Telegram on both sides (it takes setWebhook and POSTs updates to the bot).</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class TelegramWebhookTests : IDisposable
{
    private const string Secret = "s3cr3t_Token-ForTests_0123456789";
    private readonly KnowledgeFixture knowledge;
    private readonly HttpClient http = new();

    public TelegramWebhookTests(KnowledgeFixture knowledge)
    {
        this.knowledge = knowledge;
    }

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Start_WebhookMode_SetsTheWebhookWithSecretUpdateTypesAndConnections()
    {
        await using var bot = await StartAsync();

        var set = (await bot.Api.WaitForAsync("setWebhook", 1))[0];

        Assert.Equal(
            ("https://bot.example.org/telegram/webhook", Secret, 40, "message,edited_message,callback_query,my_chat_member", false),
            (set["url"].GetString(), set["secret_token"].GetString(), set["max_connections"].GetInt32(),
                string.Join(",", set["allowed_updates"].EnumerateArray().Select(e => e.GetString())), set["drop_pending_updates"].GetBoolean()));
    }

    [Fact]
    public async Task Post_WithoutTheSecret_Is401AndRunsNothing()
    {
        await using var bot = await StartAsync();

        var status = await PostAsync(bot, FakeBotApi.TextUpdate(1, "/menu"), secret: null);
        await Task.Delay(200);

        Assert.Equal((HttpStatusCode.Unauthorized, 0, 0L), (status, bot.Api.Calls("sendMessage").Count, bot.Count("SELECT COUNT(*) FROM processed_updates")));
    }

    [Fact]
    public async Task Post_WithAWrongSecret_Is401AndRunsNothing()
    {
        await using var bot = await StartAsync();

        var status = await PostAsync(bot, FakeBotApi.TextUpdate(1, "/menu"), secret: Secret[..^1] + "X");
        await Task.Delay(200);

        Assert.Equal((HttpStatusCode.Unauthorized, 0), (status, bot.Api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task Post_ManyWrongSecrets_WriteOneLogLineWithTheCountNotOneEach()
    {
        await using var bot = await StartAsync();

        for (var i = 0; i < 300; i++)
        {
            await PostAsync(bot, FakeBotApi.TextUpdate(i + 1, "/menu"), secret: "wrong" + i);
        }

        var line = Assert.Single(bot.Logs.Lines, l => l.Text.Contains("without the right secret token", StringComparison.Ordinal));
        Assert.Contains("1 request(s)", line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong1", bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithTheSecret_IsAnsweredAtOnceAndHandledOffTheRequest()
    {
        await using var bot = await StartAsync();
        // The first answer's send hangs for 4 s; the next update is still acknowledged well before that (2 s leaves a
        // starved CI host room; 1 s left little).
        bot.Api.Script("sendMessage", FakeResponse.Delayed(TimeSpan.FromSeconds(4), FakeResponse.Default()));
        await PostAsync(bot, FakeBotApi.TextUpdate(1, "/bantuan"));
        var watch = Stopwatch.StartNew();

        var status = await PostAsync(bot, FakeBotApi.TextUpdate(2, "/menu"));

        Assert.Equal((HttpStatusCode.OK, true), (status, watch.Elapsed < TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Post_TheSameUpdateTwiceAtOnce_IsHandledOnce()
    {
        await using var bot = await StartAsync();
        var update = FakeBotApi.TextUpdate(5, "/menu");

        await Task.WhenAll(PostAsync(bot, update), PostAsync(bot, update), PostAsync(bot, update));
        await bot.Api.WaitForAsync("sendMessage", 1);
        await Task.Delay(300);

        Assert.Single(bot.Api.Calls("sendMessage"));
    }

    [Fact]
    public async Task Post_RedeliveryAfterARetry_IsHandledOnce()
    {
        await using var bot = await StartAsync();
        var update = FakeBotApi.TextUpdate(6, "/kantor");
        await PostAsync(bot, update);
        await bot.Api.WaitForAsync("sendMessage", 1);

        await PostAsync(bot, update);
        await Task.Delay(300);

        Assert.Single(bot.Api.Calls("sendMessage"));
    }

    [Fact]
    public async Task Post_OneChatOutOfOrder_EachIsHandledOnceOneAfterTheOther()
    {
        await using var bot = await StartAsync();

        await PostAsync(bot, FakeBotApi.TextUpdate(11, "Siti Aminah"));
        await PostAsync(bot, FakeBotApi.TextUpdate(10, "/daftar"));
        await bot.Api.WaitForAsync("sendMessage", 2);

        Assert.Equal(2L, bot.Count("SELECT COUNT(*) FROM processed_updates"));
    }

    [Fact]
    public async Task Post_MalformedJson_Is400NotA5xx()
    {
        await using var bot = await StartAsync();

        var status = await PostAsync(bot, "{\"update_id\": 1, \"message\": {");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Healthz_AfterTheWebhookCheck_ReportsBacklogAndLastError()
    {
        await using var bot = await StartAsync();
        await bot.Api.WaitForAsync("getWebhookInfo", 1);
        await TelegramPollingTests.WaitUntilAsync(() => HealthAsync(bot).Result.Contains("pending_update_count", StringComparison.Ordinal));

        using var health = JsonDocument.Parse(await HealthAsync(bot));

        Assert.Equal(("ok", 3, "Wrong response from the webhook: 502 Bad Gateway"),
            (health.RootElement.GetProperty("status").GetString(), health.RootElement.GetProperty("pending_update_count").GetInt32(), health.RootElement.GetProperty("last_error_message").GetString()));
    }

    [Fact]
    public async Task Post_QueueFull_Is503SoTelegramRetriesLater()
    {
        await using var bot = await StartAsync(new Dictionary<string, string?> { ["Telegram:Webhook:QueueCapacity"] = "1", ["Telegram:Concurrency"] = "1" });
        bot.Api.Script("sendMessage", FakeResponse.Delayed(TimeSpan.FromSeconds(1), FakeResponse.Default()));
        await PostAsync(bot, FakeBotApi.TextUpdate(1, "/menu"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 2; i < 5; i++)
        {
            statuses.Add(await PostAsync(bot, FakeBotApi.TextUpdate(i, "/menu", chatId: i, userId: i)));
        }

        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
    }

    [Fact]
    public void SecretTokenCheck_ComparesWholeValues()
    {
        var check = new SecretTokenCheck(Secret);

        Assert.Equal((true, false, false, false), (check.Matches(Secret), check.Matches(Secret + "x"), check.Matches(string.Empty), check.Matches(null)));
    }

    private async Task<TelegramHarness> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:Webhook:Url"] = "https://bot.example.org/telegram/webhook",
            ["Telegram:Webhook:SecretToken"] = Secret,
            ["Telegram:Webhook:ListenUrls"] = "http://127.0.0.1:0",
            ["Telegram:Webhook:HealthCheckInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var bot = await TelegramHarness.CreateAsync(knowledge, settings);
        await bot.Api.WaitForAsync("setWebhook", 1);
        return bot;
    }

    private async Task<HttpStatusCode> PostAsync(TelegramHarness bot, string body, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(bot) + "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(SecretTokenCheck.HeaderName, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<string> HealthAsync(TelegramHarness bot) => await http.GetStringAsync(Address(bot) + "/healthz");

    private static string Address(TelegramHarness bot) => bot.Service<TelegramWebhookService>().Addresses[0];
}
