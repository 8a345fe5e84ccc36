using System.Text.Json.Nodes;
using Jamsos.Outreach.Bot.Channels.Discord;
using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>
/// The real Discord channel (AddDiscordChannel, the real engine over the real content, in-memory stores)
/// pointed at a <see cref="FakeDiscordServer"/> by one setting, Discord:ApiBaseUrl, on a
/// <see cref="TestClock"/>. Times in settings and assertions are Discord's real numbers.
/// </summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    public const string Token = "REDACTED.BOT.TOKEN";
    public const string ApplicationId = "1434829455360131073";
    public const string GuildId = "1242084411177041927";
    public const string HelpDesk = "1242085667635331075";
    public const string UserId = "816354164736131083";

    private static readonly Lazy<KnowledgeFixture> Knowledge = new(() => new KnowledgeFixture());

    private readonly CancellationTokenSource stopping = new();
    private Task? gatewayTask;

    private DiscordHarness(TestClock clock, FakeDiscordServer fake, ServiceProvider services, InMemoryStores stores, SlowConversationStore conversations, LogCapture logs)
    {
        Clock = clock;
        Fake = fake;
        Services = services;
        Stores = stores;
        Conversations = conversations;
        Logs = logs;
    }

    public TestClock Clock { get; }

    public FakeDiscordServer Fake { get; }

    public ServiceProvider Services { get; }

    public InMemoryStores Stores { get; }

    /// <summary>The engine's conversation store; set <see cref="SlowConversationStore.Delay"/> for a slow engine.</summary>
    public SlowConversationStore Conversations { get; }

    public LogCapture Logs { get; }

    public Task GatewayTask => gatewayTask ?? Task.CompletedTask;

    public static DiscordHarness Create(double factor = 10, IDictionary<string, string?>? settings = null, int seed = 7, Action<IServiceCollection, TestClock>? configure = null)
    {
        var clock = TestClock.Scaled(factor);
        var fake = new FakeDiscordServer(clock);
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord:AnswerChannelIds:0"] = HelpDesk,
            ["Discord:ReconnectBaseDelay"] = "00:00:01",
            ["Discord:RequestTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            // A null value removes a default setting (for example the answer-channel allow-list).
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var stores = new InMemoryStores();
        var conversations = new SlowConversationStore(stores, clock);
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new Random(seed));
        services.AddSingleton<IProcessedUpdateStore>(new InMemoryProcessedUpdates());
        services.AddSingleton<ICommandHashStore>(new InMemoryCommandHashStore());
        services.AddSingleton<IConversationStore>(conversations);
        services.AddSingleton(Knowledge.Value.Answerer);
        services.AddSingleton(new BotOptions { RateLimitPerMinute = 1000 });
        services.AddSingleton<ISignUpStore>(stores);
        services.AddSingleton<IFeedbackStore>(stores);
        services.AddSingleton<IUnansweredStore>(stores);
        services.AddSingleton<IPersonalDataStore>(stores);
        services.AddSingleton<IReminderStore>(stores.Reminders);
        services.AddSingleton(TestPersonHasher.Instance);
        services.AddConversations();
        services.AddSingleton<IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>();
        services.AddDiscordChannel(configuration);
        configure?.Invoke(services, clock);
        return new DiscordHarness(clock, fake, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), stores, conversations, logs);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the gateway client in the background.</summary>
    public void StartGateway() => gatewayTask = Task.Run(() => Get<GatewayClient>().RunAsync(stopping.Token));

    /// <summary>Starts the gateway, accepts its connection, says Hello, checks Identify and sends READY (s=1).</summary>
    public async Task<FakeGatewayConnection> StartAndIdentifyAsync(int heartbeatIntervalMs = 41250)
    {
        StartGateway();
        var connection = await Fake.NextConnectionAsync();
        await connection.SendHelloAsync(heartbeatIntervalMs);
        await connection.ExpectAsync(2);
        await connection.SendDispatchAsync("READY", 1, Fake.ReadyData());
        await WaitUntilAsync(() => Get<GatewaySession>().SessionId is not null);
        return connection;
    }

    /// <summary>Dispatches a gateway fixture with the given sequence number.</summary>
    public static Task SendFixtureAsync(FakeGatewayConnection connection, string fixture, long sequence, Action<JsonNode>? edit = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var node = JsonNode.Parse(DiscordFixtures.Read(fixture))!;
        edit?.Invoke(node["d"]!);
        return connection.SendDispatchAsync(node["t"]!.GetValue<string>(), sequence, node["d"]!.ToJsonString());
    }

    /// <summary>
    /// The answer to an interaction as the person sees it: the type 4 callback's data, or, when the
    /// client deferred (a loaded test machine can make any answer slow), the edit of @original with the
    /// defer's flags. The checklist allows either.
    /// </summary>
    public async Task<InteractionAnswer> AnswerToAsync(string interactionId)
    {
        var callback = await Fake.WaitForRequestAsync(r => r.Path.Contains("/interactions/" + interactionId + "/", StringComparison.Ordinal));
        var json = callback.Json;
        var type = json.GetProperty("type").GetInt32();
        var data = json.TryGetProperty("data", out var d) ? d : default;
        int? flags = data.ValueKind == System.Text.Json.JsonValueKind.Object && data.TryGetProperty("flags", out var f) ? f.GetInt32() : null;
        if (type != 5)
        {
            return new InteractionAnswer(type, flags, data);
        }

        var edit = await Fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.At >= callback.At, TimeSpan.FromSeconds(10));
        return new InteractionAnswer(type, flags, edit.Json);
    }

    /// <summary>Stops the client gracefully (the host's stopping token).</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await GatewayTask.WaitAsync(FakeServerWait.Default);
        }
        catch (Exception ex) when (ex is OperationCanceledException or GatewayFatalException)
        {
            // Stopped, or already stopped on a fatal close.
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? FakeServerWait.Default);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met in time.");
            }

            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Get<DispatchWork>().StopAsync(TimeSpan.FromSeconds(1));
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        stopping.Dispose();
    }
}
