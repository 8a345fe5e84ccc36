using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Typo tolerance against the content's own vocabulary, SymSpell style: every known word is indexed by
/// its single-letter deletions; a typo is looked up by its own deletions, which finds one substitution,
/// insertion, deletion or swap of neighbours, and the candidate is confirmed with a bounded
/// Damerau-Levenshtein distance. Built once; lookups allocate only the deletion strings.
/// </summary>
public sealed class SpellingCorrector
{
    // Four-letter words are too close to each other in Indonesian (tani/tapi, duwe/suwe) to correct safely.
    private const int MinLength = 5;

    private readonly FrozenDictionary<string, int> frequencies;
    private readonly FrozenDictionary<string, string[]> deletes;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> deletesBySpan;

    private readonly Lazy<string> fingerprint;

    /// <summary>A hash of what the corrector knows (its words and their counts): equal fingerprints correct alike.</summary>
    public string Fingerprint => fingerprint.Value;

    public SpellingCorrector(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length >= 2 && word.All(char.IsAsciiLetterLower))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        frequencies = counts.ToFrozenDictionary(StringComparer.Ordinal);
        fingerprint = new Lazy<string>(() =>
        {
            var text = string.Join('\n', frequencies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        });
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in counts.Keys.Where(w => w.Length >= MinLength && !StopWords.All.Contains(w)))
        {
            foreach (var variant in Variants(word))
            {
                if (!index.TryGetValue(variant, out var list))
                {
                    index[variant] = list = [];
                }

                if (!list.Contains(word))
                {
                    list.Add(word);
                }
            }
        }

        deletes = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        // Look-up by span: a question's deletion variants are built in a stack buffer, not as strings.
        deletesBySpan = deletes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int VocabularySize => frequencies.Count;

    public bool IsKnown(string word) => frequencies.ContainsKey(word) || word.Length < MinLength || !word.All(char.IsAsciiLetterLower);

    /// <summary>The closest known word within one edit (two for long words), or null.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IsKnown(word))
        {
            return null;
        }

        if (word.Length > 40)
        {
            return null;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        Span<char> buffer = stackalloc char[word.Length];
        for (var skip = -1; skip < word.Length; skip++)
        {
            scoped ReadOnlySpan<char> variant;
            if (skip < 0)
            {
                variant = word;
            }
            else
            {
                word.AsSpan(0, skip).CopyTo(buffer);
                word.AsSpan(skip + 1).CopyTo(buffer[skip..]);
                variant = buffer[..(word.Length - 1)];
            }

            if (!deletesBySpan.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = Distance(word, candidate, maxDistance);
                var frequency = frequencies[candidate];
                if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Variants(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>Optimal string alignment distance, giving up early beyond <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || b.Length > 64)
        {
            return max + 1;
        }

        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows.Slice(2 * (b.Length + 1), b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
