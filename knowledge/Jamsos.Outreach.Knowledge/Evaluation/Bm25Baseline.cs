using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// The yardstick's plain baseline: textbook BM25 (k1 1.2, b 0.75) over the same content, the way an
/// off-the-shelf search library indexes it: one document per entry and language (title, questions,
/// summary and body), lower-cased words split on anything that is not a letter or digit, no stemming,
/// no slang, no typo fixing, no threshold. An entry scores as its better language.
/// </summary>
public sealed class Bm25Baseline
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly FaqEntry[] documents;
    private readonly Dictionary<string, int>[] termCounts;
    private readonly double[] lengths;
    private readonly double averageLength;
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);

    public Bm25Baseline(IEnumerable<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        documents = entries.ToArray();
        termCounts = new Dictionary<string, int>[documents.Length];
        lengths = new double[documents.Length];
        for (var d = 0; d < documents.Length; d++)
        {
            var e = documents[d];
            var words = Words(string.Join(' ', e.Questions.Prepend(e.Title).Append(e.ChatSummary).Append(e.Body)));
            termCounts[d] = words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            lengths[d] = words.Count;
            foreach (var term in termCounts[d].Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        averageLength = lengths.Length == 0 ? 1 : lengths.Average();
    }

    /// <summary>Entries, best first (one per id).</summary>
    public IReadOnlyList<FaqEntry> Rank(string question)
    {
        var terms = Words(question).Distinct(StringComparer.Ordinal).ToArray();
        var best = new Dictionary<string, (FaqEntry Entry, double Score)>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Length; d++)
        {
            var score = 0.0;
            foreach (var term in terms)
            {
                if (!termCounts[d].TryGetValue(term, out var tf))
                {
                    continue;
                }

                var df = documentFrequency[term];
                var idf = Math.Log(1 + ((documents.Length - df + 0.5) / (df + 0.5)));
                score += idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * lengths[d] / averageLength))));
            }

            var id = documents[d].Id;
            if (!best.TryGetValue(id, out var current) || score > current.Score)
            {
                best[id] = (documents[d], score);
            }
        }

        return best.Values.OrderByDescending(v => v.Score).ThenBy(v => v.Entry.Id, StringComparer.Ordinal).Select(v => v.Entry).ToArray();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
