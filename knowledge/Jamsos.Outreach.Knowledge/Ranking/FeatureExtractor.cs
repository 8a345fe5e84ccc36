using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// Sparse features of a question, in the style of Rasa's count-vectors featurizers: word unigrams and
/// bigrams on the canonical tokens (slang mapped, phrases joined, typos fixed), the Indonesian stem of
/// each word, character 3- and 4-grams inside word boundaries (<c>char_wb</c>: they carry misspellings
/// and affixes the lexicons do not know), and the kind of answer the question asks for. Each group is
/// log-scaled and L2-normalised on its own, then weighted. Words of the question's context sentences
/// (not the question itself) count at <see cref="ContextWeight"/>.
/// Features are hashed (64-bit FNV-1a, no strings allocated) and mapped to dense ids by a vocabulary
/// learned from the training questions; unseen features are dropped.
/// </summary>
public static class FeatureExtractor
{
    public const float ContextWeight = 0.4f;

    private const float WordGroupWeight = 1.0f;
    private const float BigramGroupWeight = 0.6f;
    private const float CharGroupWeight = 0.8f;
    private const float KindWeight = 0.5f;
    private const int MinGram = 3;
    private const int MaxGram = 4;

    /// <summary>Raw hashed features with their group, before vocabulary look-up and scaling.</summary>
    public static Dictionary<ulong, (int Group, float Count)> Hashed(QuestionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var features = new Dictionary<ulong, (int Group, float Count)>();
        AddTokens(features, view.Focus, 1f);
        AddTokens(features, view.Context, ContextWeight);
        if (view.Kind != AnswerKind.Other)
        {
            Add(features, Hash('k', view.Kind.Name(), default), 3, 1f);
        }

        return features;
    }

    /// <summary>Scaled features over the vocabulary: each group log-scaled, L2-normalised and weighted.</summary>
    public static SparseFeatures Extract(QuestionView view, FrozenDictionary<ulong, int> vocabulary) =>
        Extract(Hashed(view), vocabulary);

    /// <summary>As <see cref="Extract(QuestionView, FrozenDictionary{ulong, int})"/>, from already hashed features.</summary>
    public static SparseFeatures Extract(Dictionary<ulong, (int Group, float Count)> hashed, FrozenDictionary<ulong, int> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(hashed);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var resolved = new int[hashed.Count];
        var k = 0;
        foreach (var key in hashed.Keys)
        {
            resolved[k++] = vocabulary.TryGetValue(key, out var id) ? id : -1;
        }

        return FromResolved(hashed, resolved);
    }

    /// <summary>
    /// As <see cref="Extract(Dictionary{ulong, ValueTuple{int, float}}, FrozenDictionary{ulong, int})"/> for training:
    /// <paramref name="numbers"/> gives each hashed feature's number (in the dictionary's order), <paramref name="idOf"/>
    /// a number's feature id, or -1 when the vocabulary left it out. The same values in the same order.
    /// </summary>
    internal static SparseFeatures Extract(Dictionary<ulong, (int Group, float Count)> hashed, int[] numbers, int[] idOf)
    {
        var resolved = new int[numbers.Length];
        for (var k = 0; k < numbers.Length; k++)
        {
            resolved[k] = idOf[numbers[k]];
        }

        return FromResolved(hashed, resolved);
    }

    /// <summary>
    /// The features whose id <paramref name="resolved"/> gives (in the dictionary's order; -1 = not in the vocabulary),
    /// each group log-scaled, L2-normalised and weighted, ids ascending (they are distinct, so the order is one).
    /// </summary>
    /// <remarks>Optimised at once and without delegates: at start-up every training question passes through here before tiered JIT would promote it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SparseFeatures FromResolved(Dictionary<ulong, (int Group, float Count)> hashed, int[] resolved)
    {
        var ids = new int[hashed.Count];
        var groups = new int[hashed.Count];
        var values = new float[hashed.Count];
        var kept = 0;
        var k = 0;
        Span<double> norms = stackalloc double[4];
        foreach (var (group, count) in hashed.Values)
        {
            var id = resolved[k++];
            if (id >= 0)
            {
                var value = MathF.Log(1 + count);
                ids[kept] = id;
                groups[kept] = group;
                values[kept] = value;
                kept++;
                norms[group] += value * value;
            }
        }

        for (var i = 0; i < kept; i++)
        {
            values[i] = (float)(values[i] / Math.Sqrt(norms[groups[i]])) * GroupWeight(groups[i]);
        }

        if (kept < ids.Length)
        {
            Array.Resize(ref ids, kept);
            Array.Resize(ref values, kept);
        }

        Array.Sort(ids, values);
        return new SparseFeatures(ids, values);
    }

    private static float GroupWeight(int group) => group switch
    {
        0 => WordGroupWeight,
        1 => BigramGroupWeight,
        2 => CharGroupWeight,
        _ => KindWeight,
    };

    /// <remarks>
    /// Optimised at once: at start-up every training question passes through here before tiered JIT
    /// would promote it, and no closures or delegates, so a cold process is not slowed by them.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddTokens(Dictionary<ulong, (int Group, float Count)> features, IReadOnlyList<string> tokens, float weight)
    {
        Span<char> padded = stackalloc char[42];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            Add(features, Hash('w', token, default), 0, weight);
            if (!StopWords.All.Contains(token))
            {
                var stem = IndonesianStemmer.Stem(token);
                if (!string.Equals(stem, token, StringComparison.Ordinal))
                {
                    Add(features, Hash('s', stem, default), 0, weight);
                }
            }

            if (i + 1 < tokens.Count)
            {
                Add(features, Hash('b', token, tokens[i + 1]), 1, weight);
            }

            // " token " with boundary marks, as char_wb does: prefixes and suffixes are their own n-grams.
            var length = Math.Min(token.Length, 40) + 2;
            padded[0] = ' ';
            token.AsSpan(0, length - 2).CopyTo(padded[1..]);
            padded[length - 1] = ' ';
            for (var n = MinGram; n <= MaxGram; n++)
            {
                for (var start = 0; start + n <= length; start++)
                {
                    Add(features, Hash('c', padded.Slice(start, n), default), 2, weight);
                }
            }
        }
    }

    private static void Add(Dictionary<ulong, (int Group, float Count)> features, ulong key, int group, float weight)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(features, key, out _);
        slot = (group, slot.Count + weight);
    }

    private static ulong Hash(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        const ulong Prime = 1099511628211;
        var hash = 14695981039346656037UL;
        hash = (hash ^ kind) * Prime;
        foreach (var c in first)
        {
            hash = (hash ^ c) * Prime;
        }

        if (!second.IsEmpty)
        {
            hash = (hash ^ '\u0001') * Prime;
            foreach (var c in second)
            {
                hash = (hash ^ c) * Prime;
            }
        }

        return hash;
    }
}
