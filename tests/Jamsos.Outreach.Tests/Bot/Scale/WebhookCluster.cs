using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using Jamsos.Outreach.Bot.Channels.Telegram.Webhook;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Site;
using Jamsos.Outreach.Tests.Support;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>
/// Several bot processes in webhook mode, each on its own loopback port, sharing one store (a fresh
/// PostgreSQL database, or one SQLite file) and one <see cref="FakeBotApi"/>. The test plays Telegram and
/// the load balancer: it POSTs each update to the instance it chooses.
/// </summary>
internal sealed class WebhookCluster : IAsyncDisposable
{
    public const string Secret = "scale_Secret-Token_0123456789";

    private readonly List<BotProcess> instances = [];
    private readonly List<string> addresses = [];
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private TempDatabase? sqlite;

    private WebhookCluster(FakeBotApi api, TempPostgresDatabase? postgres)
    {
        Api = api;
        Postgres = postgres;
    }

    public FakeBotApi Api { get; }

    /// <summary>The shared PostgreSQL database, or null when the instances share a SQLite file.</summary>
    public TempPostgresDatabase? Postgres { get; }

    public IReadOnlyList<BotProcess> Instances => instances;

    /// <summary>Starts <paramref name="count"/> instances at once and returns when every one has set its webhook and serves /healthz.</summary>
    public static async Task<WebhookCluster> StartAsync(int count, bool postgres = true)
    {
        var cluster = new WebhookCluster(await FakeBotApi.StartAsync(), postgres ? await TempPostgresDatabase.CreateAsync() : null);
        try
        {
            cluster.sqlite = postgres ? null : new TempDatabase();
            for (var i = 0; i < count; i++)
            {
                var port = BotProcess.FreePort();
                cluster.addresses.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
                cluster.instances.Add(BotProcess.Start("instance " + (char)('A' + i), cluster.Settings(port)));
            }

            await cluster.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>POSTs one update to instance <paramref name="instance"/>; null when that instance cannot be reached (it is dead).</summary>
    public async Task<HttpStatusCode?> PostAsync(int instance, string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, addresses[instance] + "/telegram/webhook")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SecretTokenCheck.HeaderName, Secret);
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>What a load balancer does: the chosen instance, or the next live one when it cannot be reached.</summary>
    public async Task<(int Instance, HttpStatusCode Status)> PostWithFailoverAsync(int preferred, string update)
    {
        for (var attempt = 0; attempt < instances.Count; attempt++)
        {
            var instance = (preferred + attempt) % instances.Count;
            if (await PostAsync(instance, update) is { } status)
            {
                return (instance, status);
            }
        }

        throw new InvalidOperationException("no instance could be reached: " + string.Join(" | ", instances.Select(i => i + ": " + i.Tail)));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        http.Dispose();
        await Api.DisposeAsync();
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }

        sqlite?.Dispose();
    }

    private Dictionary<string, string> Settings(int port) => new()
    {
        ["Telegram__Token"] = FakeBotApi.Token,
        ["Telegram__ApiBaseUrl"] = Api.BaseUrl,
        ["Telegram__Mode"] = "Webhook",
        ["Telegram__Webhook__Url"] = "https://bot.example.org/telegram/webhook",
        ["Telegram__Webhook__SecretToken"] = Secret,
        ["Telegram__Webhook__ListenUrls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
        ["Telegram__Webhook__HealthCheckInterval"] = "00:00:05",
        ["Telegram__SetCommands"] = "false",
        ["Telegram__RequestTimeout"] = "00:00:10",

        // Telegram's own pacing would make a burst of 2,000 replies take minutes; it has its own tests.
        ["Telegram__Limits__Enabled"] = "false",
        ["Bot__RateLimitPerMinute"] = "10000",
        ["Content__Path"] = Path.Combine(RepositoryRoot.Path, "content"),
        ["Storage__Provider"] = Postgres is null ? "Sqlite" : "Postgres",
        ["Storage__ConnectionString"] = Postgres?.ConnectionString ?? sqlite!.FilePath,
    };

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        for (var i = 0; i < instances.Count; i++)
        {
            while (true)
            {
                if (instances[i].HasExited)
                {
                    throw new InvalidOperationException($"{instances[i]} exited at start: {instances[i].Tail}");
                }

                try
                {
                    using var response = await http.GetAsync(addresses[i] + "/healthz", deadline.Token);
                    break;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100, deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"{instances[i]} did not listen within {timeout}: {instances[i].Tail}");
                }
            }
        }

        // setWebhook comes after getMe and the storage check: then the workers run.
        await Api.WaitForAsync("setWebhook", instances.Count, timeout);
    }
}
