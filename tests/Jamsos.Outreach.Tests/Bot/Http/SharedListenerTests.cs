using System.Net;
using System.Text;
using Jamsos.Outreach.Bot.Channels.Discord;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions.Http;
using Jamsos.Outreach.Bot.Channels.Telegram.Webhook;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Http;

/// <summary>The real host wiring with both channels on the same listen URLs: one Kestrel serves the Telegram webhook and Discord's interactions.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class SharedListenerTests : IDisposable
{
    private readonly KnowledgeFixture knowledge;
    private readonly InteractionSigner signer = new();
    private readonly HttpClient http = new();

    public SharedListenerTests(KnowledgeFixture knowledge)
    {
        this.knowledge = knowledge;
    }

    public void Dispose()
    {
        signer.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task TelegramWebhookAndDiscordInteractions_SameUrls_BothServedOnTheTelegramAddress()
    {
        var discord = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:ApplicationId"] = "1434829455360131073",
            ["Discord:Interactions:ListenUrls"] = "http://127.0.0.1:0",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(discord).Build();
        await using var bot = await TelegramHarness.CreateAsync(knowledge, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:Webhook:Url"] = "https://bot.example.org/telegram/webhook",
            ["Telegram:Webhook:SecretToken"] = "s3cr3t",
            ["Telegram:Webhook:ListenUrls"] = "http://127.0.0.1:0",
        }, services: s => s.AddDiscordChannel(configuration));
        await bot.Api.WaitForAsync("setWebhook", 1);
        var address = bot.Service<TelegramWebhookService>().Addresses[0];
        var body = Encoding.UTF8.GetBytes(DiscordFixtures.Read("http_interaction_ping.json"));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var ping = new HttpRequestMessage(HttpMethod.Post, address + "/discord/interactions") { Content = new ByteArrayContent(body) };
        ping.Headers.Add(InteractionSignature.TimestampHeader, timestamp);
        ping.Headers.Add(InteractionSignature.SignatureHeader, signer.Sign(timestamp, body));

        using var pong = await http.SendAsync(ping);
        using var webhook = await http.PostAsync(address + "/telegram/webhook", new StringContent("{}"));

        Assert.Equal(
            (HttpStatusCode.OK, """{"type":1}""", HttpStatusCode.Unauthorized),
            (pong.StatusCode, await pong.Content.ReadAsStringAsync(), webhook.StatusCode));
    }
}
