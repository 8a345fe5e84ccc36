using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// A list of whole-word phrases ("abaikan instruksi", "forge") looked up in one pass over a text whose
/// words are separated by single spaces: <see cref="FoundIn"/> is true exactly when
/// <c>(" " + text + " ").Contains(" " + phrase + " ")</c> is for some phrase, but reads the text once instead
/// of once per phrase (the abuse checks on a 2 KB message went from about 190 to 140 µs, `stages` benchmark).
/// </summary>
internal sealed class PhraseSet
{
    // Each phrase's words, under its first word.
    private readonly FrozenDictionary<string, string[][]> byFirstWord;
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PhraseSet(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        byFirstWord = phrases
            .Select(p => p.Split(' '))
            .Select(words => words.All(w => w.Length > 0) ? words : throw new ArgumentException($"A phrase is words with one space between them: '{string.Join(' ', words)}'.", nameof(phrases)))
            .GroupBy(words => words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when one of the phrases stands in <paramref name="text"/> as whole words (the text may be padded with spaces).</summary>
    public bool FoundIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var start = 0;
        while (start <= span.Length)
        {
            var length = span[start..].IndexOf(' ');
            var end = length < 0 ? span.Length : start + length;
            if (end > start && lookup.TryGetValue(span[start..end], out var candidates))
            {
                foreach (var words in candidates)
                {
                    if (RestFollows(span, end, words))
                    {
                        return true;
                    }
                }
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>The phrase's second and later words follow position <paramref name="end"/>, each after one space, the last ending a word.</summary>
    private static bool RestFollows(ReadOnlySpan<char> text, int end, string[] words)
    {
        var at = end;
        for (var w = 1; w < words.Length; w++)
        {
            var word = words[w];
            if (at >= text.Length || text[at] != ' ' || !text[(at + 1)..].StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }

            at += 1 + word.Length;
        }

        return at == text.Length || text[at] == ' ';
    }
}
