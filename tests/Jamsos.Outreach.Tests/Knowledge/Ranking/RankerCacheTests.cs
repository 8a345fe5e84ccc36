using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Ranking;

/// <summary>
/// The ranker cache (start-up budget): a fresh engine with the same content loads the classifier a first
/// engine trained and answers exactly as it does; a damaged file, other content or an unwritable folder
/// only mean training again.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class RankerCacheTests(KnowledgeFixture fixture) : IDisposable
{
    private static readonly string[] Questions =
    [
        "brp iuran bpjs tk buat ojol?", "suami saya meninggal kecelakaan pas narik, keluarga dapat apa?", "cara klaim jht gmn",
        "what is jkp?", "iuran BPJS-ku iso dibayar sisan nggo pirang-pirang wulan ora?", "kartu bpjs abdi leungit, kumaha?",
        "apa itu bpu", "telat bayar 3 bulan masih ditanggung ga",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-ranker-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SecondEngine_SameContent_LoadsTheClassifierAndAnswersExactlyAlike()
    {
        var first = Engine(new RankerCache(folder));
        var second = Engine(new RankerCache(folder));

        Assert.False(first.RankerFromCache);
        Assert.True(second.RankerFromCache);
        Assert.Equal(Answers(fixture.Answerer), Answers(second));
        Assert.Equal(Answers(first), Answers(second));
    }

    [Fact]
    public void DamagedFile_IsTrainedAgainAndRewritten()
    {
        _ = Engine(new RankerCache(folder));
        var file = Directory.GetFiles(folder, "*.ranker").Single();
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var again = Engine(new RankerCache(folder));
        var third = Engine(new RankerCache(folder));

        Assert.False(again.RankerFromCache);
        Assert.True(third.RankerFromCache);
        Assert.Equal(Answers(fixture.Answerer), Answers(again));
    }

    [Fact]
    public void OtherAskedQuestions_AreAnotherKey_NotTheStoredClassifier()
    {
        _ = Engine(new RankerCache(folder));
        var fewer = fixture.Knowledge.WithAsked(fixture.Knowledge.Asked.Skip(1).ToArray());

        var other = new Answerer(fewer, TestClock.At(KnowledgeFixture.Today), new AnswerOptions { RankerCache = new RankerCache(folder) });

        Assert.False(other.RankerFromCache);
        Assert.Equal(2, Directory.GetFiles(folder, "*.ranker").Length);
    }

    [Fact]
    public void Prune_KeepsTheMostRecentlyUsedFiles()
    {
        var cache = new RankerCache(folder);
        var used = Engine(cache);
        var classifier = used.Scorer.Classifier;
        var stored = Directory.GetFiles(folder, "*.ranker").Single();
        File.SetLastWriteTimeUtc(stored, DateTime.UtcNow.AddDays(-1));

        Assert.True(Engine(cache).RankerFromCache); // used again: now the most recent
        for (var i = 0; i < 4; i++)
        {
            Assert.True(cache.TrySave($"other{i}", classifier));
            File.SetLastWriteTimeUtc(Path.Combine(folder, $"other{i}.ranker"), DateTime.UtcNow.AddHours(-1 - i));
        }

        Assert.True(cache.TrySave("newest", classifier));

        Assert.Equal(4, Directory.GetFiles(folder, "*.ranker").Length);
        Assert.True(File.Exists(stored));
        Assert.False(File.Exists(Path.Combine(folder, "other3.ranker")));
    }

    [Fact]
    public void Key_ChangesWithAText_AWeight_OrASetting()
    {
        (string, string)[] texts = [("iuran-bpu", "brp iuran"), ("klaim-jkk", "cara klaim")];
        var key = RankerCache.Key(texts, [1f, 2f], new SoftmaxOptions());

        Assert.Equal(key, RankerCache.Key(texts, [1f, 2f], new SoftmaxOptions()));
        Assert.NotEqual(key, RankerCache.Key([("iuran-bpu", "brp iuran"), ("klaim-jkk", "cara klaim jkk")], [1f, 2f], new SoftmaxOptions()));
        Assert.NotEqual(key, RankerCache.Key(texts, [1f, 1f], new SoftmaxOptions()));
        Assert.NotEqual(key, RankerCache.Key(texts, [1f, 2f], new SoftmaxOptions { Epochs = 7 }));
        Assert.NotEqual(key, RankerCache.Key(texts, [1f, 2f], new SoftmaxOptions { Bags = 1 }));
        Assert.NotEqual(key, RankerCache.Key(texts, [1f, 2f], new SoftmaxOptions { HiddenLayer = null }));
        Assert.NotEqual(key, RankerCache.Key(texts, [1f, 2f], new SoftmaxOptions { HiddenLayer = new MlpOptions { Dropout = 0.5f } }));
    }

    [Fact]
    public void ShippedFolder_IsReadFirstAndNeverWritten()
    {
        var shipped = Path.Combine(folder, "shipped");
        var kept = Path.Combine(folder, "kept");
        _ = Engine(new RankerCache(shipped));
        var shippedFile = Directory.GetFiles(shipped).Single();
        var written = File.GetLastWriteTimeUtc(shippedFile);

        var engine = Engine(new RankerCache(kept, shipped));

        Assert.True(engine.RankerFromCache);
        Assert.False(Directory.Exists(kept));
        Assert.Equal(written, File.GetLastWriteTimeUtc(shippedFile));
        Assert.Equal(Answers(fixture.Answerer), Answers(engine));
    }

    [Fact]
    public void ShippedFolderOfOtherContent_TrainsAndKeepsTheNewRankerInTheWritableFolder()
    {
        var shipped = Path.Combine(folder, "shipped");
        var kept = Path.Combine(folder, "kept");
        var fewer = fixture.Knowledge.WithAsked(fixture.Knowledge.Asked.Skip(1).ToArray());
        _ = new Answerer(fewer, TestClock.At(KnowledgeFixture.Today), new AnswerOptions { RankerCache = new RankerCache(shipped) });

        var engine = Engine(new RankerCache(kept, shipped));

        Assert.False(engine.RankerFromCache);
        Assert.Single(Directory.GetFiles(shipped));
        Assert.Single(Directory.GetFiles(kept));
        Assert.Equal(Answers(fixture.Answerer), Answers(engine));
    }

    /// <summary>
    /// The build step (Directory.Build.targets, <c>train-ranker</c>) put the ranker of exactly this content and this
    /// engine beside the tests, as it does beside the bot: a fresh engine loads it instead of training.
    /// </summary>
    [Fact]
    public void RankerShippedByTheBuild_IsTheRankerOfThisContent()
    {
        var shipped = RankerCache.ShippedBesideProgram();

        Assert.True(shipped is not null, "No ranker/ beside the tests: the build step (ShipRanker in Directory.Build.targets) did not run.");
        Assert.Single(Directory.GetFiles(shipped, "*.ranker"));
        var engine = Engine(new RankerCache(folder, shipped));
        Assert.True(engine.RankerFromCache, "The shipped ranker is not the one this content trains: the build step is stale or broken.");
        Assert.Equal(Answers(fixture.Answerer), Answers(engine));
    }

    [Fact]
    public void UnwritableFolder_StillAnswers()
    {
        Directory.CreateDirectory(folder);
        var blocker = Path.Combine(folder, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var engine = Engine(new RankerCache(Path.Combine(blocker, "cache")));

        Assert.False(engine.RankerFromCache);
        Assert.Equal(Answers(fixture.Answerer), Answers(engine));
    }

    private Answerer Engine(RankerCache cache) =>
        new(fixture.Knowledge, TestClock.At(KnowledgeFixture.Today), new AnswerOptions { RankerCache = cache });

    private static string[] Answers(Answerer answerer) =>
        Questions.Select(q => answerer.Answer(q, KnowledgeFixture.Today)).Select(r => $"{r.Intent} {r.EntryId} {r.Confidence:R}").ToArray();
}
