using Jamsos.Outreach.Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Http;

/// <summary>The shared Kestrel listener: channels with the same listen URLs share one, others get their own.</summary>
public sealed class HttpListenersTests : IDisposable
{
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Start_SameUrlsWrittenDifferently_OneListenerServesBothChannelsRoutes()
    {
        var telegram = new Routes("telegram", "http://127.0.0.1:0", "/telegram/webhook");
        var discord = new Routes("discord", " http://127.0.0.1:0/ ;", "/discord/interactions");
        await using var listeners = new HttpListeners([telegram, discord], NullLoggerFactory.Instance);

        await listeners.StartAsync(CancellationToken.None);

        var address = Assert.Single(listeners.AddressesOf(telegram));
        Assert.Equal(
            (address, "telegram", "discord"),
            (listeners.AddressesOf(discord)[0], await http.GetStringAsync(address + "/telegram/webhook"), await http.GetStringAsync(address + "/discord/interactions")));
    }

    [Fact]
    public async Task Start_DifferentUrls_EachChannelGetsItsOwnListener()
    {
        var telegram = new Routes("telegram", "http://127.0.0.1:0", "/telegram/webhook");
        var discord = new Routes("discord", "http://127.0.0.2:0", "/discord/interactions");
        await using var listeners = new HttpListeners([telegram, discord], NullLoggerFactory.Instance);

        await listeners.StartAsync(CancellationToken.None);

        using var missing = await http.GetAsync(listeners.AddressesOf(telegram)[0] + "/discord/interactions");
        Assert.Equal(
            ("discord", System.Net.HttpStatusCode.NotFound),
            (await http.GetStringAsync(listeners.AddressesOf(discord)[0] + "/discord/interactions"), missing.StatusCode));
    }

    [Fact]
    public async Task Start_OverlappingButDifferentUrls_RefusedNamingBoth()
    {
        var telegram = new Routes("Telegram webhook", "http://127.0.0.1:0", "/telegram/webhook");
        var discord = new Routes("Discord interactions", "http://127.0.0.1:0;http://127.0.0.2:0", "/discord/interactions");
        await using var listeners = new HttpListeners([telegram, discord], NullLoggerFactory.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => listeners.StartAsync(CancellationToken.None));

        Assert.Contains("Telegram webhook and Discord interactions both listen on http://127.0.0.1:0", error.Message, StringComparison.Ordinal);
    }

    private sealed class Routes(string name, string urls, string path) : IHttpEndpoints
    {
        public string Name => name;

        public string ListenUrls => urls;

        public void Map(IEndpointRouteBuilder routes) => routes.MapGet(path, (RequestDelegate)(c => c.Response.WriteAsync(name)));
    }
}
