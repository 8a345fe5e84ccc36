using System.Diagnostics;
using System.Globalization;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Npgsql;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>
/// The multi-instance run, once, for <see cref="MultiInstanceTests"/>: two bot processes in webhook mode on
/// one PostgreSQL database and one fake Bot API.
/// Part one: 2,000 POSTs from 500 chats, spread over both instances: 100 complete sign-ups whose steps
/// alternate between the instances (900 updates), 400 chats asking 900 questions posted without waiting
/// (so one chat's messages are handled by both instances at once), and 200 redeliveries of an update to
/// the other instance (100 sign-up steps after their answer, 100 questions at once).
/// Part two: 40 more sign-ups alternating between the instances; instance B is killed with SIGKILL a third
/// of the way through, and the walkers carry on through A.
/// </summary>
public sealed class MultiInstanceRun : IAsyncLifetime
{
    public const int SignUps = 100;
    public const int QuestionChats = 400;
    public const int LateSignUps = 40;

    private static readonly string[] Questions =
    [
        "brp iuran bpjs tk buat ojol?", "/menu", "cara klaim jkk gimana", "kalau meninggal dapat berapa",
        "diskon iuran 2026 sampai kapan", "/kantor", "how much is the contribution for a street vendor", "telat bayar iuran apa masih dilindungi",
    ];

    private long nextUpdateId = 10_000_000;
    private WebhookCluster cluster = null!;

    public IReadOnlyList<int> MessagesPerStep { get; private set; } = [];

    public int DistinctUpdates { get; private set; }

    public int Posts { get; private set; }

    public int CallbackUpdates { get; private set; }

    public List<SignUpWalker> Walkers { get; } = [];

    public List<SignUpWalker> LateWalkers { get; } = [];

    public Dictionary<long, int> QuestionsPerChat { get; } = [];

    public Dictionary<long, int> SendMessagesPerChat { get; } = [];

    public HashSet<string> AnswerCallbackIds { get; } = new(StringComparer.Ordinal);

    public int AnswerCallbackCalls { get; private set; }

    public long ProcessedUpdates { get; private set; }

    /// <summary>Sign-ups stored, by phone: (rows with that phone, the stored row's name, region, occupation, contact, news, has consent).</summary>
    public Dictionary<string, (string Name, string Region, string Occupation, string Contact, bool News, bool Consent)> Stored { get; } = new(StringComparer.Ordinal);

    /// <summary>Chats whose person saw "… sudah tersimpan" (the bot sends it only after the commit).</summary>
    public HashSet<long> Confirmed { get; } = [];

    public int AnsweredBeforeKill { get; private set; }

    public bool KilledInstanceIsDead { get; private set; }

    public string Report { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        cluster = await WebhookCluster.StartAsync(2);
        var started = watch.Elapsed;
        MessagesPerStep = await WarmUpAsync();
        var warm = watch.Elapsed;

        await PartOneAsync();
        await CollectPartOneAsync();
        var partOne = watch.Elapsed;
        await PartTwoAsync();
        await CollectStoredAsync();
        Report = string.Create(CultureInfo.InvariantCulture,
            $"start {started.TotalSeconds:0.0} s, warm-up {(warm - started).TotalSeconds:0.0} s, part one ({Posts} POSTs) {(partOne - warm).TotalSeconds:0.0} s, part two {(watch.Elapsed - partOne).TotalSeconds:0.0} s; " +
            $"late walkers resent {LateWalkers.Sum(w => w.Resent)} step(s) lost with instance B; confirmed {Confirmed.Count}");
    }

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private long NextUpdateId() => Interlocked.Increment(ref nextUpdateId);

    /// <summary>One sign-up, step by step, alternating instances: how many messages each step's answer has (and the JIT warmed up).</summary>
    private async Task<IReadOnlyList<int>> WarmUpAsync()
    {
        var walker = new SignUpWalker(cluster, 800_000_000, 9_999, NextUpdateId);
        var counts = new List<int>();
        for (var step = 0; step < SignUpWalker.Steps; step++)
        {
            var before = cluster.Api.CountOf("sendMessage", walker.Chat);
            await cluster.PostAsync(step % 2, walker.Update(step, NextUpdateId()));
            Assert.True(await cluster.Api.WaitForChatAsync("sendMessage", walker.Chat, before + 1, TimeSpan.FromSeconds(30)), $"warm-up step {step} unanswered: {cluster.Instances[0].Tail} {cluster.Instances[1].Tail}");
            await Task.Delay(400);
            counts.Add(cluster.Api.CountOf("sendMessage", walker.Chat) - before);
        }

        DistinctUpdates += SignUpWalker.Steps;
        CallbackUpdates += 6;
        Walkers.Add(walker);
        return counts;
    }

    private async Task PartOneAsync()
    {
        var walkers = Enumerable.Range(0, SignUps).Select(i => new SignUpWalker(cluster, 810_000_000 + i, i, NextUpdateId)).ToList();
        Walkers.AddRange(walkers);
        var walks = walkers.Select(w => Task.Run(() => w.WalkAsync(MessagesPerStep, step => (w.Index + step) % 2, redeliverStep: w.Index % SignUpWalker.Steps, TimeSpan.FromSeconds(60))));
        var questions = Enumerable.Range(0, QuestionChats).Select(j => Task.Run(() => AskAsync(j)));
        await Task.WhenAll(walks.Concat(questions));
        DistinctUpdates += SignUps * SignUpWalker.Steps + QuestionsPerChat.Values.Sum();
        CallbackUpdates += SignUps * 6;
        Posts = SignUps * SignUpWalker.Steps + QuestionsPerChat.Values.Sum() + SignUps + QuestionChats / 4;

        foreach (var (chat, count) in QuestionsPerChat)
        {
            await cluster.Api.WaitForChatAsync("sendMessage", chat, count, TimeSpan.FromSeconds(60));
        }

        // A second answer to anything would come now: the counts are read after this pause.
        await Task.Delay(1_000);
    }

    /// <summary>One chat's questions, posted one after another without waiting for answers; the first chats' first question is redelivered to the other instance at once.</summary>
    private async Task AskAsync(int j)
    {
        var chat = 820_000_000L + j;
        var count = j < QuestionChats / 4 ? 3 : 2;
        lock (QuestionsPerChat)
        {
            QuestionsPerChat[chat] = count;
        }

        for (var k = 0; k < count; k++)
        {
            var update = FakeBotApi.TextUpdate(NextUpdateId(), Questions[(j + k) % Questions.Length], chat, chat);
            await cluster.PostAsync((j + k) % 2, update);
            if (k == 0 && j < QuestionChats / 4)
            {
                await cluster.PostAsync((j + k + 1) % 2, update);
            }
        }
    }

    private async Task PartTwoAsync()
    {
        var walkers = Enumerable.Range(SignUps, LateSignUps).Select(i => new SignUpWalker(cluster, 810_000_000 + i, i, NextUpdateId)).ToList();
        LateWalkers.AddRange(walkers);
        var walks = walkers.Select(w => Task.Run(() => w.WalkAsync(MessagesPerStep, step => (w.Index + step) % 2, redeliverStep: null, TimeSpan.FromSeconds(5)))).ToList();
        while (walkers.Sum(w => w.Answered) < LateSignUps * SignUpWalker.Steps / 3 && walks.Any(w => !w.IsCompleted))
        {
            await Task.Delay(20);
        }

        AnsweredBeforeKill = walkers.Sum(w => w.Answered);
        cluster.Instances[1].Kill();
        await Task.WhenAll(walks);
        KilledInstanceIsDead = cluster.Instances[1].HasExited;

        // Anything a dying instance had queued is gone; let the survivor finish what it holds.
        await Task.Delay(1_000);
    }

    /// <summary>Answers and claimed update ids after part one, before anything is killed.</summary>
    private async Task CollectPartOneAsync()
    {
        foreach (var call in cluster.Api.Calls("sendMessage"))
        {
            var chat = call["chat_id"].GetInt64();
            SendMessagesPerChat[chat] = SendMessagesPerChat.GetValueOrDefault(chat) + 1;
        }

        var answers = cluster.Api.Calls("answerCallbackQuery");
        AnswerCallbackCalls = answers.Count;
        AnswerCallbackIds.UnionWith(answers.Select(a => a["callback_query_id"].GetString()!));
        ProcessedUpdates = (long)(await cluster.Postgres!.ScalarAsync("SELECT COUNT(*) FROM processed_updates;"))!;
    }

    /// <summary>Every stored sign-up, and every chat that was told its sign-up is stored, at the very end.</summary>
    private async Task CollectStoredAsync()
    {
        Confirmed.UnionWith(cluster.Api.Calls("sendMessage")
            .Where(c => c["text"].GetString()!.Contains("sudah tersimpan", StringComparison.Ordinal))
            .Select(c => c["chat_id"].GetInt64()));
        await using var connection = new NpgsqlConnection(cluster.Postgres!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT phone, name, region, occupation, contact_method, news_opt_in, consent_version <> '' AND consent_at IS NOT NULL FROM signups;", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Stored.Add(reader.GetString(0), (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetBoolean(5), reader.GetBoolean(6)));
        }
    }
}
