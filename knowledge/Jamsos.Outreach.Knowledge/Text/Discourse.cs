using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Finds the question in a message. Readers and journalists write two sentences of context and then
/// ask ("Saya ojol, sudah 3 bulan nunggak. Lantas, masih bisa klaim?"): the sentences are split on the
/// raw text (the normaliser drops punctuation), the ones that ask become the focus, the rest context.
/// Openers and fillers at the start of a sentence are dropped, and "lantas" (then) never stands for
/// "lalu lintas" (traffic) unless it follows an accident word ("laka lantas").
/// </summary>
public static class Discourse
{
    // Canonical forms (after slang mapping): "namun" is "tapi", "mau" is "ingin", "trs" is "terus".
    private static readonly FrozenSet<string> Openers = new[]
    {
        "lantas", "lalu", "terus", "jadi", "nah", "tapi", "kemudian", "selanjutnya", "pertanyaannya", "pertanyaan",
        "ingin", "tanya", "nanya", "bertanya", "numpang", "izin", "ijin", "mohon", "maaf", "permisi", "btw", "oh", "ok",
        "oke", "baik", "begini", "gini", "saya", "kak", "min", "admin", "mimin", "gan", "pak", "bu", "mas", "mbak", "bang",
        "so", "then", "well", "anyway", "question", "also", "hi", "hello", "halo", "hai", "sebelumnya", "mengenai", "soal",
        "terkait", "ini", "itu", "sekalian", "selain", "oya", "eh", "dan", "and", "but",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "apa", "apakah", "berapa", "bagaimana", "kapan", "mana", "siapa", "kenapa", "bisa", "boleh", "cara", "gimana",
        "how", "what", "when", "where", "who", "why", "can", "could", "is", "are", "does", "do", "should", "tidak",
        "harus", "perlu", "dapat", "kah", "ya",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AccidentWords = new[] { "kecelakaan", "laka" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>More sentences than a question has; the rest counts as one.</summary>
    private const int MaxSentences = 12;

    public static QuestionView Read(string? text, SpellingCorrector? corrector = null)
    {
        var sentences = Split(text ?? string.Empty);
        var analyzed = new List<(List<string> Tokens, bool Asks)>(sentences.Count);
        foreach (var (sentence, endsWithQuestionMark) in sentences)
        {
            var tokens = Clean(Analyzer.Analyze(sentence).Tokens);
            if (corrector is not null)
            {
                Correct(tokens, corrector);
            }

            if (tokens.Count > 0)
            {
                analyzed.Add((tokens, endsWithQuestionMark));
            }
        }

        if (analyzed.Count == 0)
        {
            return new QuestionView([], [], AnswerKind.Other);
        }

        if (analyzed.Count == 1)
        {
            return new QuestionView(analyzed[0].Tokens, [], AnswerKindDetector.Detect(analyzed[0].Tokens));
        }

        // The sentences ending in '?' ask; without any, those with a question word; without any, all.
        var asking = analyzed.Where(a => a.Asks).ToList();
        if (asking.Count == 0)
        {
            asking = analyzed.Where(a => a.Tokens.Any(QuestionWords.Contains)).ToList();
        }

        if (asking.Count == 0 || asking.Count == analyzed.Count)
        {
            var all = analyzed.SelectMany(a => a.Tokens).ToList();
            return new QuestionView(all, [], AnswerKindDetector.Detect(analyzed[^1].Tokens));
        }

        var focus = asking.SelectMany(a => a.Tokens).ToList();
        var context = analyzed.Where(a => !asking.Contains(a)).SelectMany(a => a.Tokens).ToList();
        return new QuestionView(focus, context, AnswerKindDetector.Detect(asking[0].Tokens));
    }

    /// <summary>Typos fixed against the content vocabulary, as <see cref="Analyzer.ContentWords"/> does, stop words kept.</summary>
    private static void Correct(List<string> tokens, SpellingCorrector corrector)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (StopWords.All.Contains(token) || corrector.IsKnown(token))
            {
                continue;
            }

            var fixedWord = corrector.Correct(token);
            if (fixedWord is not null)
            {
                tokens[i] = SlangLexicon.Map.TryGetValue(fixedWord, out var canonical) ? canonical : fixedWord;
            }
        }
    }

    /// <summary>Drops openers at the start of a sentence and "lantas" where it means "then".</summary>
    private static List<string> Clean(IReadOnlyList<string> tokens)
    {
        var result = new List<string>(tokens.Count);
        var start = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (start && Openers.Contains(token) && i + 1 < tokens.Count)
            {
                continue;
            }

            start = false;
            if (token == "lantas")
            {
                if (i > 0 && AccidentWords.Contains(tokens[i - 1]))
                {
                    result.Add("lalu");
                    result.Add("lintas");
                }

                continue;
            }

            result.Add(token);
        }

        return result;
    }

    /// <summary>Sentences of the raw text, each with whether it ends in a question mark.</summary>
    public static List<(string Text, bool Asks)> Split(string text)
    {
        var result = new List<(string, bool)>();
        var span = text.AsSpan(0, Math.Min(text.Length, TextNormalizer.MaxInputLength));
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            var end = c is '?' or '!' or '\n' or '\u061F'
                || (c == '.' && !(i > 0 && char.IsAsciiDigit(span[i - 1]) && i + 1 < span.Length && char.IsAsciiDigit(span[i + 1])));
            if (!end)
            {
                continue;
            }

            Add(span[start..i], c == '?');
            start = i + 1;
        }

        Add(span[start..], false);
        if (result.Count > MaxSentences)
        {
            // A wall of text: keep the first sentences and the last one (where the question usually is).
            result.RemoveRange(MaxSentences - 1, result.Count - MaxSentences);
        }

        return result;

        void Add(ReadOnlySpan<char> sentence, bool asks)
        {
            var trimmed = sentence.Trim();
            if (!trimmed.IsEmpty)
            {
                result.Add((trimmed.ToString(), asks));
            }
            else if (asks && result.Count > 0)
            {
                // "??" after a sentence: the previous sentence asks.
                result[^1] = (result[^1].Item1, true);
            }
        }
    }
}
