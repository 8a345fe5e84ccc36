using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// The learned half of the ranker: a maximum-entropy classifier over entry ids, trained on the ways
/// people ask (every entry's question variants and title, both languages, one class per entry id).
/// Trained once at content load, deterministically; immutable afterwards and safe to share.
/// </summary>
public sealed class EntryClassifier
{
    /// <summary>A feature enters the vocabulary when this many distinct training questions have it.</summary>
    public const int MinQuestions = 2;

    private readonly FrozenDictionary<ulong, int> vocabulary;
    private readonly SoftmaxClassifier model;
    private readonly FrozenDictionary<string, int> classOf;

    private EntryClassifier(string[] entryIds, FrozenDictionary<ulong, int> vocabulary, SoftmaxClassifier model)
    {
        EntryIds = entryIds;
        this.vocabulary = vocabulary;
        this.model = model;
        classOf = entryIds.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The classes, ordinal order.</summary>
    public IReadOnlyList<string> EntryIds { get; }

    public int FeatureCount => vocabulary.Count;

    /// <summary>Trains on (entry id, question) pairs.</summary>
    public static EntryClassifier Train(IEnumerable<(string EntryId, QuestionView Question)> examples, SoftmaxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
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
        var seen = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        foreach (var features in hashed)
        {
            foreach (var key in features.Keys)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, key, out var exists);
                if (!exists)
                {
                    order.Add(key);
                }

                count++;
            }
        }

        var keys = new Dictionary<ulong, int>();
        foreach (var key in order)
        {
            if (seen[key] >= MinQuestions)
            {
                keys.Add(key, keys.Count);
            }
        }

        var vocabulary = keys.ToFrozenDictionary();
        var extracted = hashed.AsParallel().AsOrdered().Select(h => FeatureExtractor.Extract(h, vocabulary)).ToArray();
        var data = list.Select((e, i) => (extracted[slot[i]], classes[e.EntryId])).ToList();
        var model = SoftmaxClassifier.Train(data, vocabulary.Count, ids.Length, options);
        return new EntryClassifier(ids, vocabulary, model);
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

        return new EntryClassifier(ids, vocabulary.ToFrozenDictionary(), model);
    }

    /// <summary>The probability of each entry (indexed like <see cref="EntryIds"/>).</summary>
    public double[] Predict(QuestionView question)
    {
        var probabilities = new double[EntryIds.Count];
        model.Predict(FeatureExtractor.Extract(question, vocabulary), probabilities);
        return probabilities;
    }
}
