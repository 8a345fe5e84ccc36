using System.Net;
using Jamsos.Outreach.Bot.Channels.Discord;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>discord.md checklist, "REST basics" and "REST rate limits", against the loopback fake.</summary>
[Collection(TimingCollectionDefinition.Name)]
public sealed class DiscordRestClientTests
{
    private const string ChannelA = "1242085667635331075";
    private const string ChannelB = "1242085667635331076";
    private const string InteractionToken = "aW50ZXJhY3Rpb246MTQ2MTMwMjg5NTU3NTE3MTA4NDpSRURBQ1RFRF9GQUtFX1RPS0VO";

    private static readonly MessageBody Hello = new() { Content = "halo" };

    [Fact]
    public async Task EveryRequest_CarriesBotTokenUserAgentAndJsonContentType_OnV10()
    {
        await using var harness = DiscordHarness.Create();
        var rest = harness.Get<DiscordRestClient>();

        await rest.GetGatewayBotAsync(CancellationToken.None);
        await rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None);

        var requests = harness.Fake.Requests;
        Assert.True(
            requests.All(r => r.Header("Authorization") == "Bot " + DiscordHarness.Token && r.Header("User-Agent")!.StartsWith("DiscordBot (", StringComparison.Ordinal) && r.Path.StartsWith("/api/v10/", StringComparison.Ordinal))
            && requests.Where(r => r.Body.Length > 0).All(r => r.Header("Content-Type")!.StartsWith("application/json", StringComparison.Ordinal))
            && requests.Single(r => r.Method == "GET").Header("Content-Type") is null,
            string.Join("\n", requests.Select(r => $"{r} {string.Join("; ", r.Headers.Where(h => h.Key != "AUTHORIZATION").Select(h => h.Key + "=" + h.Value))}")));
    }

    [Fact]
    public async Task CreateMessage_SnowflakesSentAsStrings_UnknownResponseFieldsIgnored()
    {
        await using var harness = DiscordHarness.Create();
        var rest = harness.Get<DiscordRestClient>();

        var created = await rest.CreateMessageAsync(ChannelA, Hello with { MessageReference = new MessageReference { MessageId = "1461302694248579093" } }, CancellationToken.None);

        var body = harness.Fake.Requests.Single().Json;
        Assert.Equal((System.Text.Json.JsonValueKind.String, ChannelA), (body.GetProperty("message_reference").GetProperty("message_id").ValueKind, created.ChannelId));
    }

    [Fact]
    public async Task InvalidFormBody_IsSurfacedWithTheFieldPath()
    {
        await using var harness = DiscordHarness.Create();
        harness.Fake.Handler = _ => FakeHttpResponse.Json(DiscordFixtures.Read("rest_error_50035.json"), 400);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Get<DiscordRestClient>().CreateMessageAsync(ChannelA, Hello, CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadRequest, 50035, "content: Must be 2000 or fewer in length."), (error.Status, error.Code, error.FieldErrors.Single()));
    }

    [Fact]
    public async Task Unauthorized_StopsAllFurtherTraffic()
    {
        await using var harness = DiscordHarness.Create();
        harness.Fake.Handler = _ => FakeHttpResponse.Json(DiscordFixtures.Read("rest_error_401.json"), 401);
        var rest = harness.Get<DiscordRestClient>();

        await Assert.ThrowsAsync<DiscordAuthenticationException>(() => rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordAuthenticationException>(() => rest.CreateMessageAsync(ChannelB, Hello, CancellationToken.None));

        Assert.Single(harness.Fake.Requests);
    }

    [Fact]
    public async Task InteractionWebhook401_FailsThatInteractionOnly_OtherTrafficGoesOn()
    {
        await using var harness = DiscordHarness.Create();
        harness.Fake.Handler = r => r.Path.Contains("/webhooks/", StringComparison.Ordinal) ? FakeHttpResponse.Json("""{"message":"Invalid Webhook Token","code":50027}""", 401) : null;
        var rest = harness.Get<DiscordRestClient>();

        await Assert.ThrowsAsync<DiscordApiException>(() => rest.EditOriginalAsync(DiscordHarness.ApplicationId, "expired-interaction-token", Hello, CancellationToken.None));
        await rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None);

        Assert.Equal((false, 2), (rest.Unauthorized, harness.Fake.Requests.Count));
    }

    [Fact]
    public async Task BucketEmpty_SameChannelWaitsResetAfter_OtherChannelOnTheSameRouteDoesNot()
    {
        // Real time: "the other bucket did not wait" gets a full second of a starved CI host's real time.
        await using var harness = DiscordHarness.Create(factor: 1);
        harness.Fake.Handler = r => r.Path.Contains(ChannelA, StringComparison.Ordinal) && harness.Fake.RequestsTo("POST", ChannelA).Count() == 1
            ? FakeHttpResponse.Json("""{"id":"1","channel_id":"1242085667635331075"}""", headers: Limits(remaining: 0, resetAfter: "1.5"))
            : null;
        var rest = harness.Get<DiscordRestClient>();
        await rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None);
        var emptied = harness.Fake.Requests.Single().At;
        var asked = harness.Clock.GetUtcNow();

        await Task.WhenAll(rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None), rest.CreateMessageAsync(ChannelB, Hello, CancellationToken.None));

        var a = harness.Fake.RequestsTo("POST", ChannelA).Last().At - emptied;
        var b = harness.Fake.RequestsTo("POST", ChannelB).Single().At - asked;
        Assert.True(a >= TimeSpan.FromSeconds(1.5) && b < TimeSpan.FromSeconds(1), $"same channel after {a.TotalSeconds:0.00} s, other channel after {b.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task RoutesSharingABucket_AreThrottledTogether()
    {
        await using var harness = DiscordHarness.Create();
        harness.Fake.Handler = r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal)
            ? FakeHttpResponse.Json("""{"id":"1","channel_id":"1"}""", headers: Limits(remaining: 0, resetAfter: "1.5", bucket: "shared-webhook-bucket"))
            : r.Method == "PATCH" ? FakeHttpResponse.Json("""{"id":"1","channel_id":"1"}""", headers: Limits(remaining: 4, resetAfter: "1.5", bucket: "shared-webhook-bucket")) : null;
        var rest = harness.Get<DiscordRestClient>();
        await rest.CreateFollowupAsync(DiscordHarness.ApplicationId, InteractionToken, Hello, CancellationToken.None);
        await rest.EditOriginalAsync(DiscordHarness.ApplicationId, InteractionToken, Hello, CancellationToken.None);
        harness.Fake.Handler = r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal)
            ? FakeHttpResponse.Json("""{"id":"1","channel_id":"1"}""", headers: Limits(remaining: 0, resetAfter: "1.5", bucket: "shared-webhook-bucket"))
            : null;
        await rest.CreateFollowupAsync(DiscordHarness.ApplicationId, InteractionToken, Hello, CancellationToken.None);
        var emptied = harness.Fake.Requests[^1].At;

        await rest.EditOriginalAsync(DiscordHarness.ApplicationId, InteractionToken, Hello, CancellationToken.None);

        var waited = harness.Fake.RequestsTo("PATCH", "/webhooks/").Last().At - emptied;
        Assert.True(waited >= TimeSpan.FromSeconds(1.5), $"edit after {waited.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task RouteTooManyRequests_IsRetriedAfterRetryAfter_WhileOtherBucketsCarryOn()
    {
        // Real time: "the other bucket did not wait" gets a full second of a starved CI host's real time.
        await using var harness = DiscordHarness.Create(factor: 1);
        var started = harness.Clock.GetUtcNow();
        harness.Fake.Handler = r => r.Path.Contains(ChannelA, StringComparison.Ordinal) && harness.Fake.RequestsTo("POST", ChannelA).Count() == 1
            ? FakeHttpResponse.Json(DiscordFixtures.Read("rest_429_route.json"), 429, new Dictionary<string, string>
            {
                ["Retry-After"] = "3", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "2.5",
                ["X-RateLimit-Bucket"] = "80c17d2f203122d936070c88c8d10f33", ["X-RateLimit-Scope"] = "user",
            })
            : null;
        var rest = harness.Get<DiscordRestClient>();

        var limited = rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None);
        await harness.Fake.WaitForRequestAsync(r => r.Path.Contains(ChannelA, StringComparison.Ordinal));
        await rest.GetGatewayBotAsync(CancellationToken.None);
        await limited;

        var retry = harness.Fake.RequestsTo("POST", ChannelA).ToList();
        var other = harness.Fake.RequestsTo("GET", "/gateway/bot").Single().At - started;
        Assert.True(retry.Count == 2 && retry[1].At - retry[0].At >= TimeSpan.FromSeconds(2.5) && other < TimeSpan.FromSeconds(1),
            $"{retry.Count} attempts, retry after {(retry[^1].At - retry[0].At).TotalSeconds:0.00} s, other bucket after {other.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task GlobalTooManyRequests_PausesAllTraffic_ButNotInteractionCallbacks()
    {
        await using var harness = DiscordHarness.Create(factor: 2);
        harness.Fake.Handler = r => r.Path.Contains(ChannelA, StringComparison.Ordinal) && harness.Fake.RequestsTo("POST", ChannelA).Count() == 1
            ? FakeHttpResponse.Json(DiscordFixtures.Read("rest_429_global.json"), 429, new Dictionary<string, string> { ["Retry-After"] = "2", ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" })
            : null;
        var rest = harness.Get<DiscordRestClient>();
        var limited = rest.CreateMessageAsync(ChannelA, Hello, CancellationToken.None);
        var first = await harness.Fake.WaitForRequestAsync(r => r.Path.Contains(ChannelA, StringComparison.Ordinal));
        await DiscordHarness.WaitUntilAsync(() => harness.Logs.AllText.Contains("global: True", StringComparison.Ordinal));

        await Task.WhenAll(
            rest.CreateMessageAsync(ChannelB, Hello, CancellationToken.None),
            rest.CreateInteractionResponseAsync("1461302895575171084", InteractionToken, new InteractionResponse(5, null), CancellationToken.None),
            limited);

        var other = harness.Fake.RequestsTo("POST", ChannelB).Single().At - first.At;
        var callback = harness.Fake.RequestsTo("POST", "/callback").Single().At - first.At;
        Assert.True(other >= TimeSpan.FromSeconds(1.25) && callback < other, $"other channel after {other.TotalSeconds:0.00} s, callback after {callback.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfterHeaderAndNoJsonBody_IsStillHonoured()
    {
        await using var harness = DiscordHarness.Create();
        harness.Fake.Handler = r => harness.Fake.Requests.Count == 1
            ? new FakeHttpResponse(429, "slow down", new Dictionary<string, string> { ["Retry-After"] = "2" })
            : null;

        await harness.Get<DiscordRestClient>().CreateMessageAsync(ChannelA, Hello, CancellationToken.None);

        var attempts = harness.Fake.Requests;
        Assert.True(attempts.Count == 2 && attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(2), $"retried after {(attempts[^1].At - attempts[0].At).TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task UnderLoad_NoMoreThan50RequestsInAnySecond()
    {
        var sent = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        // Real time (factor 1): on a scaled clock a thread pre-empted for 100 ms between taking its slot and being
        // recorded looks like 300 ms, more than the limiter's 200 ms of margin, and a busy 2-core CI machine read 51.
        await using var harness = DiscordHarness.Create(factor: 1, configure: (services, clock) => services.AddSingleton(sp =>
            new HttpClient(new SendTimes(clock, sent) { InnerHandler = new HttpClientHandler() }) { BaseAddress = new Uri(sp.GetRequiredService<DiscordOptions>().ApiBaseUrl + "/") }));
        harness.Fake.Handler = r => FakeHttpResponse.Json("""{"id":"1","channel_id":"1"}""");
        var rest = harness.Get<DiscordRestClient>();

        await Task.WhenAll(Enumerable.Range(0, 120).Select(i => rest.CreateMessageAsync((1242085667635331100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), Hello, CancellationToken.None)));

        var times = sent.Order().ToList();
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.InRange(busiest, 1, 50);
    }

    [Fact]
    public async Task CreateMessageTimedOut_IsRetriedWithTheSameNonce_SoOnlyOneMessageExists()
    {
        await using var harness = DiscordHarness.Create(factor: 4, settings: new Dictionary<string, string?> { ["Discord:RequestTimeout"] = "00:00:01" });
        harness.Fake.Handler = r => harness.Fake.Requests.Count == 1 ? FakeHttpResponse.Json("""{"id":"1","channel_id":"1"}""") with { Delay = TimeSpan.FromSeconds(3) } : null;
        var body = Hello with { Nonce = "r1461302694248579093-0", EnforceNonce = true };

        await harness.Get<DiscordRestClient>().CreateMessageAsync(ChannelA, body, CancellationToken.None);
        await Task.Delay(harness.Clock.Scale(TimeSpan.FromSeconds(3)));

        var nonces = harness.Fake.Requests.Select(r => r.Json.GetProperty("nonce").GetString()).Distinct().ToList();
        Assert.Equal((true, 1, 1), (harness.Fake.Requests.Count >= 2, nonces.Count, harness.Fake.CreatedMessages));
    }

    /// <summary>Records when each request leaves the client (the fake's arrival times bunch up behind connection set-up).</summary>
    private sealed class SendTimes(TimeProvider clock, System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Enqueue(clock.GetUtcNow());
            return base.SendAsync(request, cancellationToken);
        }
    }

    private static Dictionary<string, string> Limits(int remaining, string resetAfter, string bucket = "80c17d2f203122d936070c88c8d10f33") => new()
    {
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = resetAfter,
        ["X-RateLimit-Bucket"] = bucket,
    };
}
