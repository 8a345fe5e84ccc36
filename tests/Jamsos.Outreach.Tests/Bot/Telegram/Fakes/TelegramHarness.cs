using Jamsos.Outreach.Bot.Channels.Telegram;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

/// <summary>
/// The bot's real host wiring (engine over the real content, SQLite in a temp file, the Telegram channel
/// as registered by the product) pointed at a <see cref="FakeBotApi"/>, with short timeouts so faults
/// resolve in milliseconds. Several harnesses may share one fake and one database: a restart.
/// </summary>
internal sealed class TelegramHarness : IAsyncDisposable
{
    private readonly bool ownsApi;
    private readonly bool ownsDatabase;

    private TelegramHarness(FakeBotApi api, TempDatabase database, IHost host, LogCapture logs, bool ownsApi, bool ownsDatabase)
    {
        Api = api;
        Database = database;
        Host = host;
        Logs = logs;
        this.ownsApi = ownsApi;
        this.ownsDatabase = ownsDatabase;
    }

    public FakeBotApi Api { get; }

    public TempDatabase Database { get; }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    public static async Task<TelegramHarness> CreateAsync(
        KnowledgeFixture knowledge,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        FakeBotApi? api = null,
        TempDatabase? database = null,
        bool start = true,
        bool registerChannel = true,
        Action<IServiceCollection>? services = null)
    {
        var ownsApi = api is null;
        var ownsDatabase = database is null;
        api ??= await FakeBotApi.StartAsync();
        database ??= new TempDatabase();
        var config = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:PollClientSlack"] = "00:00:02",
            ["Telegram:RequestTimeout"] = "00:00:02",
            ["Telegram:RetryBaseDelay"] = "00:00:00.020",
            ["Telegram:RetryMaxDelay"] = "00:00:00.100",
            ["Telegram:ConflictDelay"] = "00:00:00.050",
            ["Telegram:SetCommands"] = "false",

            // Pacing is tested on its own in virtual time; here it would only make conversations slow.
            ["Telegram:Limits:Enabled"] = "false",
            ["Storage:ConnectionString"] = database.FilePath,
            ["Bot:RateLimitPerMinute"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(config);
        var logs = new LogCapture();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton(knowledge.Answerer);
        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddSqliteStorage(builder.Configuration);

        // The host's hasher gets its salt when the host starts (AddPrivacy); not every harness starts it.
        builder.Services.AddSingleton(TestPersonHasher.Instance);
        if (registerChannel)
        {
            builder.Services.AddTelegramChannel(builder.Configuration);
        }
        else
        {
            builder.Services.AddTelegramServices(builder.Configuration);
        }

        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<SqliteDatabase>().CheckAsync();
        var harness = new TelegramHarness(api, database, host, logs, ownsApi, ownsDatabase);
        if (start)
        {
            await host.StartAsync();
        }

        return harness;
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>The hosted service of the channel (polling or webhook).</summary>
    public T Service<T>()
        where T : IHostedService => Host.Services.GetServices<IHostedService>().OfType<T>().Single();

    public long Count(string sql) => (long)(Database.Scalar(sql) ?? 0L);

    public async Task StopAsync() => await Host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        catch (OperationCanceledException)
        {
        }

        Host.Dispose();
        SqliteConnection.ClearAllPools();
        if (ownsApi)
        {
            await Api.DisposeAsync();
        }

        if (ownsDatabase)
        {
            Database.Dispose();
        }
    }

    /// <summary>The options the product bound, for tests that construct parts by hand.</summary>
    public TelegramOptions Options => Get<TelegramOptions>();
}
