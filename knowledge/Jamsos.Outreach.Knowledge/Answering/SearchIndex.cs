using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The ranking index for one language, built once. Two signals per entry: BM25F over the title,
/// questions and summary (fields weighted), and the best idf-weighted cosine between the question and
/// any one of the entry's question variants (how close it is to a way people really ask). Read-only
/// after construction, so one instance serves every thread.
/// </summary>
internal sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.5;
    private const double TitleWeight = 2.0;
    private const double QuestionWeight = 1.0;
    private const double SummaryWeight = 0.5;
    private const double BodyWeight = 0.15;

    private readonly FrozenDictionary<string, int> termIds;
    private readonly double[] idf;
    private readonly double[] variantIdf;
    private readonly (int Doc, double Tf)[][] postings;
    private readonly double[] docLength;
    private readonly double averageLength;
    private readonly int[][][] variants;
    private readonly int[][] variantPostings;
    private readonly int[] variantDoc;
    private readonly double[] variantNorm;

    /// <param name="asked">Questions people asked in this language, by entry id: more ways of asking for
    /// the variant cosine (not BM25F fields: an entry's text stays what its editors wrote).</param>
    public SearchIndex(Language language, IReadOnlyList<FaqEntry> entries, SpellingCorrector corrector, ILookup<string, string>? asked = null)
    {
        Language = language;
        Entries = entries;
        Corrector = corrector;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var (docTerms, variantTerms) = ReadEntries(entries, language, ids, asked);
        termIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        var n = entries.Count;
        (postings, docLength, idf) = BuildPostings(docTerms, ids.Count);
        averageLength = n == 0 ? 1 : docLength.Average();
        variants = variantTerms.ToArray();

        // The cosine weighs words by how rare they are among the ways people ask (titles and question
        // variants), not among whole documents: a topic word such as "jht" is common in summaries but
        // rare in questions, so a JHT phrasing scores low for a question that never says JHT.
        var variantDf = new int[ids.Count];
        foreach (var entryVariants in variants)
        {
            foreach (var term in entryVariants.SelectMany(v => v).Distinct())
            {
                variantDf[term]++;
            }
        }

        variantIdf = variantDf.Select(df => Math.Log(1 + ((n - df + 0.5) / (df + 0.5)))).ToArray();

        // Occupations and workplaces say who asks, not what: they keep only part of their weight.
        foreach (var word in ContextWords.All)
        {
            if (ids.TryGetValue(Analyzer.Stem(word, language), out var context))
            {
                idf[context] *= ContextWords.Weight;
                variantIdf[context] *= ContextWords.Weight;
            }
        }

        (variantDoc, variantNorm, variantPostings) = IndexVariants(variants, variantIdf);
        MaxIdf = variantIdf.Length == 0 ? 1 : variantIdf.Max();
    }

    /// <summary>Each entry's weighted term frequencies over its fields, and its variants as sorted term ids.</summary>
    private static (List<Dictionary<int, double>> DocTerms, List<int[][]> VariantTerms) ReadEntries(
        IReadOnlyList<FaqEntry> entries, Language language, Dictionary<string, int> ids, ILookup<string, string>? asked)
    {
        int Id(string term)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                ids[term] = id = ids.Count;
            }

            return id;
        }

        var docTerms = new List<Dictionary<int, double>>();
        var variantTerms = new List<int[][]>();
        foreach (var entry in entries)
        {
            var tf = new Dictionary<int, double>();
            void AddField(string text, double weight)
            {
                foreach (var term in Analyzer.Terms(Analyzer.Analyze(text).Tokens, language))
                {
                    var id = Id(term);
                    tf[id] = tf.GetValueOrDefault(id) + weight;
                }
            }

            AddField(entry.Title, TitleWeight);
            foreach (var question in entry.Questions)
            {
                AddField(question, QuestionWeight);
            }

            AddField(entry.ChatSummary, SummaryWeight);
            AddField(entry.Body, BodyWeight);
            docTerms.Add(tf);
            variantTerms.Add(entry.Questions.Append(entry.Title).Concat(asked is null ? [] : asked[entry.Id])
                .Select(q => Analyzer.Terms(Analyzer.Analyze(q).Tokens, language).Select(Id).Distinct().Order().ToArray())
                .Where(v => v.Length > 0)
                .ToArray());
        }

        return (docTerms, variantTerms);
    }

    /// <summary>The BM25F postings per term, each document's weighted length, and each term's idf.</summary>
    private static ((int Doc, double Tf)[][] Postings, double[] DocLength, double[] Idf) BuildPostings(List<Dictionary<int, double>> docTerms, int termCount)
    {
        var n = docTerms.Count;
        var idf = new double[termCount];
        var lists = new List<(int, double)>[termCount];
        for (var t = 0; t < termCount; t++)
        {
            lists[t] = [];
        }

        var docLength = new double[n];
        for (var d = 0; d < n; d++)
        {
            foreach (var (term, tf) in docTerms[d])
            {
                lists[term].Add((d, tf));
                docLength[d] += tf;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            var df = lists[t].Count;
            idf[t] = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }

        return (lists.Select(l => l.ToArray()).ToArray(), docLength, idf);
    }

    /// <summary>
    /// Every variant gets a global number; each term lists the variants containing it, so a question
    /// only touches the variants it shares a word with.
    /// </summary>
    private static (int[] VariantDoc, double[] VariantNorm, int[][] VariantPostings) IndexVariants(int[][][] variants, double[] variantIdf)
    {
        var docOf = new List<int>();
        var norms = new List<double>();
        var byTerm = new List<int>[variantIdf.Length];
        for (var d = 0; d < variants.Length; d++)
        {
            foreach (var variant in variants[d])
            {
                var global = docOf.Count;
                docOf.Add(d);
                norms.Add(Math.Sqrt(variant.Sum(t => variantIdf[t] * variantIdf[t])));
                foreach (var term in variant)
                {
                    (byTerm[term] ??= []).Add(global);
                }
            }
        }

        return (docOf.ToArray(), norms.ToArray(), byTerm.Select(l => l?.ToArray() ?? []).ToArray());
    }

    public Language Language { get; }

    public IReadOnlyList<FaqEntry> Entries { get; }

    public SpellingCorrector Corrector { get; }

    public double MaxIdf { get; }

    /// <summary>Scores every entry. <paramref name="terms"/> are this language's analysed query terms.</summary>
    public EntryScore[] Score(IReadOnlyList<string> terms)
    {
        var scores = new EntryScore[Entries.Count];
        var queryIds = new List<int>(terms.Count);
        var queryNormSquared = 0.0;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (termIds.TryGetValue(term, out var id))
            {
                queryIds.Add(id);
                queryNormSquared += variantIdf[id] * variantIdf[id];
            }
            else
            {
                // An unknown word still makes the question less like any entry: count it at a middle weight.
                var weight = MaxIdf * 0.5;
                queryNormSquared += weight * weight;
            }
        }

        var bm25 = new double[Entries.Count];
        foreach (var id in queryIds)
        {
            foreach (var (doc, tf) in postings[id])
            {
                var norm = K1 * (1 - B + (B * docLength[doc] / averageLength));
                bm25[doc] += idf[id] * (tf * (K1 + 1)) / (tf + norm);
            }
        }

        var queryNorm = Math.Sqrt(queryNormSquared);
        var overlap = System.Buffers.ArrayPool<double>.Shared.Rent(variantDoc.Length);
        var bestCosine = new double[Entries.Count];
        try
        {
            Array.Clear(overlap, 0, variantDoc.Length);
            foreach (var id in queryIds)
            {
                var weight = variantIdf[id] * variantIdf[id];
                foreach (var variant in variantPostings[id])
                {
                    overlap[variant] += weight;
                }
            }

            if (queryNorm > 0)
            {
                for (var v = 0; v < variantDoc.Length; v++)
                {
                    if (overlap[v] > 0)
                    {
                        var doc = variantDoc[v];
                        bestCosine[doc] = Math.Max(bestCosine[doc], overlap[v] / (queryNorm * variantNorm[v]));
                    }
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(overlap);
        }

        for (var d = 0; d < Entries.Count; d++)
        {
            scores[d] = new EntryScore(Entries[d], bm25[d], bm25[d] > 0 ? bestCosine[d] : 0);
        }

        return scores;
    }
}
