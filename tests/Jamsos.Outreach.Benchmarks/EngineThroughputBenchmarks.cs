using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Privacy;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Messages per second through the conversation engine and a real SQLite file: 1,000 messages per
/// operation batch, 80% questions from many users and 20% sign-up steps (complete forms: /daftar, name,
/// phone, region, occupation, contact, news, consent, send). Messages/s = 1,000,000,000 / mean ns per
/// message (OperationsPerInvoke divides by the batch). Target: at least 5,000 a second.
/// </summary>
[MemoryDiagnoser]
public class EngineThroughputBenchmarks : IDisposable
{
    private const int BatchSize = 1000;

    private static readonly string[] Questions =
    [
        "brp iuran bpjs tk buat ojol?", "cara daftar bpjs ketenagakerjaan lewat hp gmn", "klo telat bayar 2 bulan gmn",
        "santunan kematian brp", "anak sy bisa dapat beasiswa?", "bpu dapat jkp gak", "kantor bpjs tk di serang dimana",
        "gaji 3jt iurannya brp", "kecelakaan pas narik ojol ditanggung?", "bayar iuran lewat gopay bisa?",
        "how much do informal workers pay", "halo min", "syarat daftar apa aja", "jht bisa dicairin kapan",
    ];

    private string folder = string.Empty;
    private SqliteDatabase? database;
    private ConversationEngine? engine;
    private int round;

    [GlobalSetup]
    public void Setup()
    {
        var content = ContentLocator.Locate(Environment.GetEnvironmentVariable(BenchmarkContent.Variable));
        var answerer = new Answerer(ContentLoader.Load(content));
        folder = Path.Combine(Path.GetTempPath(), "jamsos-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = Path.Combine(folder, "bench.db") }));
        database.CheckAsync().GetAwaiter().GetResult();
        var services = new ServiceCollection()
            .AddSingleton(answerer)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new BotOptions { RateLimitPerMinute = 10_000 })
            .AddSingleton<IConversationStore>(new SqliteConversationStore(database))
            .AddSingleton<ISignUpStore>(new SqliteSignUpStore(database))
            .AddSingleton<IFeedbackStore>(new SqliteFeedbackStore(database))
            .AddSingleton<IUnansweredStore>(new SqliteUnansweredStore(database))
            .AddSingleton<IPersonalDataStore>(new SqlitePersonalDataStore(database))
            .AddSingleton<IReminderStore>(new SqliteReminderStore(database, TimeProvider.System))
            .AddSingleton<IPersonHasher>(new HmacPersonHasher(RandomNumberGenerator.GetBytes(32)))
            .AddConversations();
        engine = services.BuildServiceProvider().GetRequiredService<ConversationEngine>();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        database?.Dispose();
        database = null;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task MixedMessages()
    {
        var batch = ++round;
        var signUpSteps = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            var message = i % 5 == 4
                ? SignUpStep(batch, signUpSteps++)
                : new IncomingMessage("bench", $"q{batch}-{i % 97}", $"q{batch}-{i % 97}", Questions[i % Questions.Length], DateTimeOffset.UtcNow);
            await engine!.HandleAsync(message).ConfigureAwait(false);
        }
    }

    /// <summary>Step <paramref name="n"/> of a stream of complete sign-ups, nine messages each.</summary>
    private static IncomingMessage SignUpStep(int batch, int n)
    {
        var person = n / 9;
        var user = $"s{batch}-{person}";
        var now = DateTimeOffset.UtcNow;
        IncomingMessage Text(string text) => new("bench", user, user, text, now);
        IncomingMessage Press(string action) => new("bench", user, user, null, now, Payload: Payloads.SignUp(action));
        return (n % 9) switch
        {
            0 => Text("/daftar"),
            1 => Text("Peserta Uji " + person),
            2 => Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"08{batch % 90 + 10:00}{person:00000000}")),
            3 => Press("r:0"),
            4 => Press("o:2"),
            5 => Press("c:whatsapp"),
            6 => Press("n:yes"),
            7 => Press("consent:yes"),
            _ => Press("confirm"),
        };
    }
}
