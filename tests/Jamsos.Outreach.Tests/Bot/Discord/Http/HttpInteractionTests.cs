using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Http;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord.Http;

/// <summary>
/// POST /discord/interactions through the real Kestrel listener, signed with a generated key as Discord
/// signs: the same handlers as the gateway path answer in the HTTP reply; follow-ups go to the fake Discord.
/// </summary>
[Collection(TimingCollectionDefinition.Name)]
public sealed class HttpInteractionTests : IDisposable
{
    private const string InteractionId = "1461302895575171084";
    private const string SlashFixture = "gateway_interaction_create_slash.json";

    private readonly InteractionSigner signer = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        signer.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task Ping_Signed_PongAsJson()
    {
        await using var harness = await StartAsync();

        using var response = await PostAsync(harness, Encoding.UTF8.GetBytes(DiscordFixtures.Read("http_interaction_ping.json")));

        Assert.Equal(
            (HttpStatusCode.OK, "application/json", """{"type":1}"""),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AskCommand_OverHttp_SameAnswerAsTheGatewayPath()
    {
        var ask = Command("tanya", ("pertanyaan", "berapa iuran bpjs tk buat ojol?"));
        await using var gateway = DiscordHarness.Create();
        var connection = await gateway.StartAndIdentifyAsync();
        await DiscordHarness.SendFixtureAsync(connection, SlashFixture, 16, ask);
        var expected = await gateway.AnswerToAsync(InteractionId);
        await using var harness = await StartAsync();

        var answer = await AnswerAsync(harness, Body(SlashFixture, ask));

        Assert.Equal((expected.Ephemeral, expected.Content), (answer.Ephemeral, answer.Content));
    }

    [Fact]
    public async Task SignUpButton_OverHttp_TheModalIsTheReply()
    {
        await using var harness = await StartAsync();

        var answer = await AnswerAsync(harness, Body("gateway_interaction_create_button.json", _ => { }));

        Assert.Equal((9, "su:v1:form"), (answer.CallbackType, answer.Message.GetProperty("custom_id").GetString()));
    }

    [Fact]
    public async Task SignUpModalSubmit_InvalidPhone_EphemeralProblemWithTryAgain_NothingStored()
    {
        await using var harness = await StartAsync();

        var answer = await AnswerAsync(harness, Body("gateway_interaction_modal_submit.json", _ => { }));

        Assert.Equal((true, "su:v1:retry", 0), (answer.Ephemeral, answer.FirstButtonId, harness.Stores.SignUps.Count));
    }

    [Fact]
    public async Task SlowAnswer_WithoutBotToken_DeferredInTheReply_ThenTheOriginalIsEditedWithoutAuthorization()
    {
        // Real time (factor 1): Discord's 3 seconds are real seconds, and on a clock running twice as fast a busy
        // CI machine's pauses count double (one run read 4.4 s).
        await using var harness = await StartAsync(factor: 1, new Dictionary<string, string?> { ["Discord:Token"] = null });
        harness.Conversations.Delay = TimeSpan.FromSeconds(4);
        var sent = harness.Clock.GetUtcNow();

        using var response = await PostAsync(harness, Body(SlashFixture, Command("iuran", ("penghasilan", 2500000), ("sektor", "transport"))));
        var replied = harness.Clock.GetUtcNow();
        var edit = await harness.Fake.WaitForRequestAsync(r => r.Method == "PATCH", TimeSpan.FromSeconds(15));

        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(
            reply.GetProperty("type").GetInt32() == 5 && reply.GetProperty("data").GetProperty("flags").GetInt32() == 64 && replied - sent < TimeSpan.FromSeconds(3)
            && edit.Path.EndsWith("/webhooks/1434829455360131073/aW50ZXJhY3Rpb246MTQ2MTMwMjg5NTU3NTE3MTA4NDpSRURBQ1RFRF9GQUtFX1RPS0VO/messages/@original", StringComparison.Ordinal)
            && edit.Json.GetProperty("content").GetString()!.Contains("Rp2,500,000", StringComparison.Ordinal)
            && edit.Header("Authorization") is null && !harness.Fake.RequestsTo("POST", "/callback").Any(),
            $"reply {reply} after {(replied - sent).TotalSeconds:0.00} s; edit {edit} {edit.Body}");
    }

    [Fact]
    public async Task StuckBeforeTheResponder_TheEndpointDefers_TheAnswerArrivesAsAnEdit()
    {
        await using var harness = await StartAsync(factor: 2, configure: (services, clock) =>
            services.AddSingleton<IProcessedUpdateStore>(new InMemoryProcessedUpdates(clock) { Delay = TimeSpan.FromSeconds(4) }));

        using var response = await PostAsync(harness, Body(SlashFixture, Command("tanya", ("pertanyaan", "berapa iuran bpjs tk buat ojol?"))));
        var edit = await harness.Fake.WaitForRequestAsync(r => r.Method == "PATCH", TimeSpan.FromSeconds(15));

        Assert.Equal(
            ("""{"type":5,"data":{"flags":64}}""", true),
            (await response.Content.ReadAsStringAsync(), edit.Json.GetProperty("content").GetString()!.Length > 0));
    }

    [Theory]
    [InlineData("other key")]
    [InlineData("body changed")]
    [InlineData("no signature")]
    [InlineData("not hex")]
    public async Task BadSignature_401_NothingRuns(string fault)
    {
        await using var harness = await StartAsync();
        using var forger = new InteractionSigner();
        var body = Body(SlashFixture, Command("tanya", ("pertanyaan", "iuran ojol")));
        var timestamp = Timestamp(harness, TimeSpan.Zero);
        var signature = fault switch
        {
            "other key" => forger.Sign(timestamp, body),
            "no signature" => null,
            "not hex" => new string('z', 128),
            _ => signer.Sign(timestamp, body),
        };
        if (fault == "body changed")
        {
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("iuran ojol", "iuran ojok", StringComparison.Ordinal));
        }

        using var response = await PostAsync(harness, body, timestamp, signature);
        await Task.Delay(200);

        Assert.Equal((HttpStatusCode.Unauthorized, 0), (response.StatusCode, harness.Fake.Requests.Count));
    }

    [Fact]
    public async Task ReplayedOldTimestamp_401()
    {
        await using var harness = await StartAsync();
        var body = Body(SlashFixture, Command("tanya", ("pertanyaan", "iuran ojol")));
        var timestamp = Timestamp(harness, TimeSpan.FromMinutes(-6));

        using var response = await PostAsync(harness, body, timestamp, signer.Sign(timestamp, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task HugeBody_413()
    {
        await using var harness = await StartAsync();
        var body = Encoding.UTF8.GetBytes("{\"type\":1,\"pad\":\"" + new string('x', 100_000) + "\"}");

        using var response = await PostAsync(harness, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ManyForgedRequests_OneLogLine()
    {
        await using var harness = await StartAsync();
        using var forger = new InteractionSigner();
        var body = Encoding.UTF8.GetBytes(DiscordFixtures.Read("http_interaction_ping.json"));

        for (var i = 0; i < 20; i++)
        {
            var timestamp = Timestamp(harness, TimeSpan.Zero);
            using var response = await PostAsync(harness, body, timestamp, forger.Sign(timestamp, body));
        }

        Assert.Equal((20L, 1), (harness.Get<RejectedRequestLog>().Total, harness.Logs.Lines.Count(l => l.Text.Contains("refused", StringComparison.Ordinal))));
    }

    private async Task<DiscordHarness> StartAsync(double factor = 10, IDictionary<string, string?>? extra = null, Action<IServiceCollection, TestClock>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:Interactions:ListenUrls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var harness = DiscordHarness.Create(factor, settings, configure: configure);
        await harness.Get<HttpListeners>().StartAsync(CancellationToken.None);
        return harness;
    }

    private static string Address(DiscordHarness harness) =>
        harness.Get<HttpListeners>().AddressesOf(harness.Get<DiscordInteractionsEndpoint>())[0] + "/discord/interactions";

    private static string Timestamp(DiscordHarness harness, TimeSpan offset) =>
        (harness.Clock.GetUtcNow() + offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> PostAsync(DiscordHarness harness, byte[] body)
    {
        var timestamp = Timestamp(harness, TimeSpan.Zero);
        return PostAsync(harness, body, timestamp, signer.Sign(timestamp, body));
    }

    private async Task<HttpResponseMessage> PostAsync(DiscordHarness harness, byte[] body, string timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(harness)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(InteractionSignature.TimestampHeader, timestamp);
        if (signature is not null)
        {
            request.Headers.Add(InteractionSignature.SignatureHeader, signature);
        }

        return await http.SendAsync(request);
    }

    /// <summary>The answer as the person sees it: the reply's data, or after a type 5 the edit of @original.</summary>
    private async Task<InteractionAnswer> AnswerAsync(DiscordHarness harness, byte[] body)
    {
        using var response = await PostAsync(harness, body);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var type = json.GetProperty("type").GetInt32();
        var data = json.TryGetProperty("data", out var d) ? d : default;
        int? flags = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out var f) ? f.GetInt32() : null;
        if (type != 5)
        {
            return new InteractionAnswer(type, flags, data);
        }

        var edit = await harness.Fake.WaitForRequestAsync(r => r.Method == "PATCH", TimeSpan.FromSeconds(10));
        return new InteractionAnswer(type, flags, edit.Json);
    }

    private static byte[] Body(string fixture, Action<JsonNode> edit) => Encoding.UTF8.GetBytes(DiscordFixtures.Data(fixture, edit));

    private static Action<JsonNode> Command(string name, params (string Name, object Value)[] options) => d =>
    {
        d["data"]!["name"] = name;
        d["data"]!["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is string ? 3 : 4,
            ["value"] = o.Value is string s ? JsonValue.Create(s) : JsonValue.Create(Convert.ToInt64(o.Value, CultureInfo.InvariantCulture)),
        }).ToArray());
    };
}
