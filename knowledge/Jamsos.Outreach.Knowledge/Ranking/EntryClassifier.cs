using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// The learned half of the ranker: a maximum-entropy classifier over entry ids, trained on the ways
/// people ask (every entry's question variants and title, both languages, one class per entry id), and
/// beside it, on the same features, one over intents (an intent's examples are all its entries' questions,
/// so it learns what the topic's questions share rather than what tells its entries apart), and a network
/// with one hidden layer over entry ids (<see cref="MlpClassifier"/>: a second opinion that errs differently).
/// Trained once at content load, deterministically; immutable afterwards and safe to share.
/// </summary>
public sealed class EntryClassifier
{
    /// <summary>A feature enters the vocabulary when this many distinct training questions have it.</summary>
    public const int MinQuestions = 2;

    private readonly FrozenDictionary<ulong, int> vocabulary;
    private readonly SoftmaxClassifier model;
    private readonly FrozenDictionary<string, int> classOf;
    private readonly SoftmaxClassifier intentModel;

    private readonly MlpClassifier? hiddenLayer;

    private EntryClassifier(string[] entryIds, FrozenDictionary<ulong, int> vocabulary, SoftmaxClassifier model, string[] intents, SoftmaxClassifier intentModel, MlpClassifier? hiddenLayer)
    {
        this.hiddenLayer = hiddenLayer;
        EntryIds = entryIds;
        this.vocabulary = vocabulary;
        this.model = model;
        classOf = entryIds.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        Intents = intents;
        this.intentModel = intentModel;
    }

    /// <summary>The classes, ordinal order.</summary>
    public IReadOnlyList<string> EntryIds { get; }

    /// <summary>The intent model's classes, ordinal order.</summary>
    public IReadOnlyList<string> Intents { get; }

    public int FeatureCount => vocabulary.Count;

    /// <summary>Trains on (entry id, question) pairs, and the intent model on the same questions with <paramref name="intentOf"/> their entry's intent.</summary>
    public static EntryClassifier Train(IEnumerable<(string EntryId, QuestionView Question)> examples, Func<string, string> intentOf, SoftmaxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(intentOf);
        var list = examples.ToList();
        var ids = list.Select(e => e.EntryId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var classes = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        // Hashed once per question, in parallel; ids are then given in question order, so the result
        // does not depend on thread timing.
        // A question that appears more than once (an asked question counted twice) is the same object: hashed once.
        var first = new Dictionary<QuestionView, int>(ReferenceEqualityComparer.Instance);
        var unique = new List<QuestionView>();
        var slot = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (!first.TryGetValue(list[i].Question, out slot[i]))
            {
                slot[i] = unique.Count;
                first.Add(list[i].Question, unique.Count);
                unique.Add(list[i].Question);
            }
        }

        var hashed = unique.AsParallel().AsOrdered().Select(FeatureExtractor.Hashed).ToArray();
        // The vocabulary: features of at least MinQuestions distinct training questions, numbered in order of
        // first appearance. A feature of one question only (most are character n-grams of one rare word or
        // typo) can teach nothing that carries over, and dropping them halves the vocabulary.
        var (keys, numbered, idOf) = Number(hashed);

        // The look-up table for answering is built while the model trains.
        var freezing = Task.Run(() => keys.ToFrozenDictionary());
        var extracted = Enumerable.Range(0, hashed.Length).AsParallel().AsOrdered()
            .Select(q => FeatureExtractor.Extract(hashed[q], numbered[q], idOf)).ToArray();
        var data = list.Select((e, i) => (extracted[slot[i]], classes[e.EntryId])).ToList();

        // The intent model has a fifth of the classes, so a fifth of the work; it trains on the other core.
        var intents = ids.Select(intentOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        // A dedicated thread, not a pool thread: a second of SGD must not hold back a host's timers and I/O callbacks.
        var intentTraining = Task.Factory.StartNew(
            () =>
            {
                var intentClass = intents.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i, StringComparer.Ordinal);
                var intentData = list.Select((e, i) => (extracted[slot[i]], intentClass[intentOf(e.EntryId)])).ToList();
                return SoftmaxClassifier.Train(intentData, keys.Count, intents.Length, options);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        // The hidden-layer networks train on their own threads beside the linear models.
        var hiddenTraining = (options ?? new SoftmaxOptions()).HiddenLayer is { } hiddenOptions
            ? Task.Factory.StartNew(
                () => MlpClassifier.Train(data, keys.Count, ids.Length, hiddenOptions),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)
            : null;
        var model = SoftmaxClassifier.Train(data, keys.Count, ids.Length, options);
        var vocabulary = freezing.GetAwaiter().GetResult();
        return new EntryClassifier(ids, vocabulary, model, intents, intentTraining.GetAwaiter().GetResult(), hiddenTraining?.GetAwaiter().GetResult());
    }

    /// <summary>
    /// One pass over the training questions' hashed features: numbers every distinct feature in order of first
    /// appearance and counts its questions; the vocabulary keeps features of at least <see cref="MinQuestions"/>
    /// questions, with ids in that order. Each question keeps its features' numbers (in its dictionary's order),
    /// and <c>idOf</c> maps a number to its id or -1, so extracting a training question needs no second
    /// look-up by hash.
    /// </summary>
    internal static (Dictionary<ulong, int> Keys, int[][] Numbered, int[] IdOf) Number(IReadOnlyList<Dictionary<ulong, (int Group, float Count)>> hashed)
    {
        var seen = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        var questionCount = new List<int>();
        var numbered = new int[hashed.Count][];
        for (var q = 0; q < hashed.Count; q++)
        {
            var features = hashed[q];
            var numbers = new int[features.Count];
            var k = 0;
            foreach (var key in features.Keys)
            {
                ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, key, out var exists);
                if (!exists)
                {
                    number = order.Count;
                    order.Add(key);
                    questionCount.Add(0);
                }

                questionCount[number]++;
                numbers[k++] = number;
            }

            numbered[q] = numbers;
        }

        var keys = new Dictionary<ulong, int>();
        var idOf = new int[order.Count];
        for (var n = 0; n < order.Count; n++)
        {
            idOf[n] = questionCount[n] >= MinQuestions ? keys.Count : -1;
            if (idOf[n] >= 0)
            {
                keys.Add(order[n], keys.Count);
            }
        }

        return (keys, numbered, idOf);
    }

    public int ClassOf(string entryId) => classOf.TryGetValue(entryId, out var c) ? c : -1;

    /// <summary>Writes the classes, the vocabulary (in id order) and the weights, for <see cref="RankerCache"/>.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(EntryIds.Count);
        foreach (var id in EntryIds)
        {
            writer.Write(id);
        }

        var keys = new ulong[vocabulary.Count];
        foreach (var (key, id) in vocabulary)
        {
            keys[id] = key;
        }

        writer.Write(keys.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()));
        model.Write(writer);
        writer.Write(Intents.Count);
        foreach (var intent in Intents)
        {
            writer.Write(intent);
        }

        intentModel.Write(writer);
        writer.Write(hiddenLayer is not null);
        hiddenLayer?.Write(writer);
    }

    /// <summary>Reads what <see cref="Write"/> wrote: the same classifier, the same predictions.</summary>
    internal static EntryClassifier Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count <= 0 || count > 100_000)
        {
            throw new InvalidDataException("The classifier's class count is damaged.");
        }

        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = reader.ReadString();
        }

        var size = reader.ReadInt32();
        if (size <= 0 || size > 50_000_000)
        {
            throw new InvalidDataException("The classifier's vocabulary size is damaged.");
        }

        var keys = new ulong[size];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()));

        var vocabulary = new Dictionary<ulong, int>(size);
        for (var i = 0; i < size; i++)
        {
            if (!vocabulary.TryAdd(keys[i], i))
            {
                throw new InvalidDataException("The classifier's vocabulary repeats a feature.");
            }
        }

        var model = SoftmaxClassifier.Read(reader);
        if (model.FeatureCount != size || model.ClassCount != count)
        {
            throw new InvalidDataException("The classifier's parts do not fit together.");
        }

        var intentCount = reader.ReadInt32();
        if (intentCount <= 0 || intentCount > count)
        {
            throw new InvalidDataException("The classifier's intent count is damaged.");
        }

        var intents = new string[intentCount];
        for (var i = 0; i < intentCount; i++)
        {
            intents[i] = reader.ReadString();
        }

        var intentModel = SoftmaxClassifier.Read(reader);
        if (intentModel.FeatureCount != size || intentModel.ClassCount != intentCount)
        {
            throw new InvalidDataException("The classifier's intent model does not fit its vocabulary.");
        }

        MlpClassifier? hiddenLayer = null;
        if (reader.ReadBoolean())
        {
            hiddenLayer = MlpClassifier.Read(reader);
            if (hiddenLayer.FeatureCount != size || hiddenLayer.ClassCount != count)
            {
                throw new InvalidDataException("The classifier's hidden-layer model does not fit its vocabulary.");
            }
        }

        return new EntryClassifier(ids, vocabulary.ToFrozenDictionary(), model, intents, intentModel, hiddenLayer);
    }

    /// <summary>
    /// From one reading of the features: the probability of each entry (indexed like <see cref="EntryIds"/>), of each
    /// intent (like <see cref="Intents"/>), and the hidden-layer model's probability of each entry (null without one).
    /// </summary>
    internal (double[] Entries, double[] Intents, double[]? HiddenLayer) PredictAll(QuestionView question)
    {
        var features = FeatureExtractor.Extract(question, vocabulary);
        var probabilities = new double[EntryIds.Count];
        model.Predict(features, probabilities);
        var intents = new double[Intents.Count];
        intentModel.Predict(features, intents);
        double[]? hidden = null;
        if (hiddenLayer is not null)
        {
            hidden = new double[EntryIds.Count];
            hiddenLayer.Predict(features, hidden);
        }

        return (probabilities, intents, hidden);
    }
}
